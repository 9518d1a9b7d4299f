/** Visit forms, through extract(). */
import { extract } from '../index';

const run = (text: string, publishedAt: string | null = '2025-02-25') => extract({ id: 't', text, publishedAt });
const visits = (text: string) => run(text).visits.map((v) => [v.envoy, v.city, v.date, v.mode]);

describe('who travels', () => {
  it('reads "I" in an interview\'s answer labelled by a full name ("Oleg Serebrian: ... Next week I will travel to Brussels") as that person', () => {
    const text = 'RFE/RL: Have you been to Tiraspol yourself?\n\nOleg Serebrian: Not this year. Next week I will travel to Brussels for talks with Commissioner Marta Kos.';
    expect(run(text, '2025-03-01').visits.map((v) => [v.envoy, v.city, v.mode])).toEqual([['Oleg Serebrian', 'Brussels', 'planned']]);
    // (a label whose first name is not the person's own names nobody)
    expect(run('RFE/RL: Have you been to Tiraspol?\n\nIvan Serebrian: Next week I will travel to Brussels.', '2025-03-01').visits).toEqual([]);
  });

  it('reads the author\'s "On Thursday I held a video call with the foreign ministers of ..." as a virtual meeting, no city', () => {
    const x = run('Hanna Serwaa Tetteh • 2nd\nSpecial Representative for Libya\n\nOn Thursday I held a video call with the foreign ministers of Tunisia, Algeria and Egypt to brief them on the outcome.', '2025-11-14');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.mode])).toEqual([['Hanna Tetteh', null, '2025-11-13', 'virtual']]);
  });

  it('gives "He was accompanied by A and B" to a visit its sentence tells twice (a city and "his first trip to Somalia")', () => {
    const x = run("Ethiopian Prime Minister Abiy Ahmed visited Mogadishu on Thursday, his first trip to Somalia since the two countries fell out, and held talks with President Hassan Sheikh Mohamud at Villa Somalia.\nHe was accompanied by Foreign Minister Gedion Timothewos and intelligence chief Redwan Hussien.", '2025-02-28');
    expect(x.visits.map((v) => [v.envoy, v.city, v.companions])).toEqual([['Abiy Ahmed', 'Mogadishu', ['Gedion Timothewos', 'Redwan Hussien']]]);
  });

  it('gives a first-person "I was accompanied by my deputy, X" to the author\'s visit told before', () => {
    const x = run('Hanna Serwaa Tetteh • 2nd\nSpecial Representative for Libya\n\nOn Monday I was in Benghazi, where I met Field Marshal Khalifa Haftar. I was accompanied by my deputy, Stephanie Koury.', '2025-11-14');
    expect(x.visits.map((v) => [v.envoy, v.city, v.companions])).toEqual([['Hanna Tetteh', 'Benghazi', ['Stephanie Koury']]]);
  });

  it('reads "negotiations between A and B ... were held in Almaty" as both parties\' stay, from the first day', () => {
    const x = run('On 10-11 May 2024, negotiations between the Minister of Foreign Affairs of the Republic of Armenia Ararat Mirzoyan and the Minister of Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramov on the draft bilateral agreement on peace were held in Almaty.', '2024-05-11');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([
      ['Ararat Mirzoyan', 'Almaty', '2024-05-10', ['Jeyhun Bayramov']],
      ['Jeyhun Bayramov', 'Almaty', '2024-05-10', ['Ararat Mirzoyan']],
    ]);
  });

  it('reads a timeline\'s present tense "X hosts A and B in Ankara" as each foreign guest\'s visit, the host at home', () => {
    const x = run('- 1 July 2024: Fidan hosts Somali Foreign Minister Ahmed Moallim Fiqi and Ethiopian Foreign Minister Taye Atske Selassie in Ankara for the first round of indirect talks.', '2025-02-28');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date]).sort()).toEqual([
      ['Ahmed Moallim Fiqi', 'Ankara', '2024-07-01'],
      ['Taye Atske Selassie', 'Ankara', '2024-07-01'],
    ]);
  });

  it('reads "X, who was in New Delhi on Thursday, where he met Y, arrived in Islamabad on Friday" as X\'s second stop, not Y\'s', () => {
    const x = run('Saudi Minister of State for Foreign Affairs Adel al-Jubeir, who was in New Delhi on Thursday, where he met External Affairs Minister S Jaishankar, arrived in Islamabad on Friday and met Ishaq Dar.', '2025-05-10');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Adel al-Jubeir', 'New Delhi', '2025-05-08'],
      ['Adel al-Jubeir', 'Islamabad', '2025-05-09'],
    ]);
  });

  it('reads a social post\'s first person as its author named in the header ("Hanna Serwaa Tetteh • 2nd")', () => {
    const x = run('LinkedIn\nHome | My Network\n\nHanna Serwaa Tetteh • 2nd\nSpecial Representative of the UN Secretary-General for Libya\n3d • Edited\n\nA busy week for Libya.\n\nOn Monday I was in Benghazi, where I met Field Marshal Khalifa Haftar.\n\nNext week I will travel to Tripoli to meet Prime Minister Abdul Hamid Dbeibah.', '2025-11-14');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.mode])).toEqual([
      ['Hanna Tetteh', 'Benghazi', '2025-11-10', 'in_person'],
      ['Hanna Tetteh', 'Tripoli', null, 'planned'],
    ]);
  });

  it('reads a caption\'s present tense "X receives A and B at Perdana Putra in Putrajaya on Wednesday" as each foreign guest\'s visit', () => {
    const x = run('Thai acting Defence Minister Nattaphon Narkphanit and Cambodian Defence Minister Tea Seiha met in Kuala Lumpur today.\n\nPrime Minister Anwar Ibrahim receives Nattaphon and Tea Seiha at Perdana Putra in Putrajaya on Wednesday, on the eve of the meeting.', '2025-08-07');
    const put = x.visits.filter((v) => v.city === 'Putrajaya');
    expect(put.map((v) => [v.envoy, v.date]).sort()).toEqual([
      ['Nattaphon Narkphanit', '2025-08-06'],
      ['Tea Seiha', '2025-08-06'],
    ]);
    expect(put.every((v) => v.counterparts.includes('Anwar Ibrahim'))).toBe(true);
  });

  it('reads a caption\'s "A (left) and B (right) sign the minutes of the ... meeting in Kuala Lumpur today" as both signers\' visits and a signing', () => {
    const x = run('KUALA LUMPUR, Aug 7 -- Thai acting Defence Minister Nattaphon Narkphanit (left) and Cambodian Defence Minister Tea Seiha (right) sign the minutes of the extraordinary General Border Committee (GBC) meeting in Kuala Lumpur today.', '2025-08-07');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Nattaphon Narkphanit', 'Kuala Lumpur', '2025-08-07'],
      ['Tea Seiha', 'Kuala Lumpur', '2025-08-07'],
    ]);
    expect(x.status.map((s) => [s.state, s.date])).toEqual([['agreement_signed', '2025-08-07']]);
  });

  it('reads no visit into a question ("And the last time the foreign ministers met face to face?")', () => {
    const x = run('CORRESPONDENT: Mirzoyan will travel to Brussels next week for talks with Kaja Kallas.\n\nHOST: And the last time the foreign ministers met face to face?', '2025-07-18');
    expect(x.visits.map((v) => [v.envoy, v.city, v.mode])).toEqual([['Ararat Mirzoyan', 'Brussels', 'planned']]);
  });

  it('reads a live entry\'s "He is accompanied by A and B" after the visit as its companions', () => {
    const x = run('Syrian Foreign Minister Asaad al-Shaibani met Saudi Foreign Minister Prince Faisal bin Farhan in Riyadh on Thursday.\n\nHe is accompanied by Defence Minister Murhaf Abu Qasra and intelligence chief Anas Khattab.', '2025-01-02');
    expect(x.visits.map((v) => v.companions)).toEqual([['Murhaf Abu Qasra', 'Anas Khattab']]);
  });

  it('reads a headline\'s "shuttles between Pristina and Belgrade" as the trip the body announces to Belgrade, not a second visit', () => {
    const x = run('EU envoy Peter Sorensen shuttles between Pristina and Belgrade\n\nEU envoy Peter Sorensen met Albin Kurti in Pristina on Wednesday and is due to travel to Belgrade on Friday to meet Aleksandar Vucic.', '2025-03-14');
    expect(x.visits.map((v) => [v.city, v.date, v.mode])).toEqual([
      ['Pristina', '2025-03-12', 'in_person'],
      ['Belgrade', '2025-03-14', 'planned'],
    ]);
  });

  it('reads "sat down in Doha with X" as a meeting in Doha', () => {
    expect(visits('Blinken sat down in Doha with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani on Tuesday.')).toEqual([['Antony Blinken', 'Doha', '2025-02-25', 'in_person']]);
  });

  it('reads "I flew to Cairo" in a piece signed "By Tom Perriello" as the author\'s visit, and "I" in an unsigned piece as nobody', () => {
    const body = 'Tom Perriello is the U.S. Special Envoy for Sudan.\n\nOn Monday I flew to Cairo to meet Egyptian Foreign Minister Badr Abdelatty.';
    expect(run(`BY TOM PERRIELLO, OPINION CONTRIBUTOR - 08/24/24\n\n${body}`, '2024-08-24').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['Tom Perriello', 'Cairo', '2024-08-19']]);
    expect(run(body, '2024-08-24').visits.map((v) => v.envoy)).not.toContain('Tom Perriello');
  });

  it('reads "Grundberg in Muscat, EU envoy shuttles between A and B" as the EU\'s envoy shuttling, not the UN envoy named before', () => {
    const x = run('Grundberg in Muscat on detainees, EU envoy shuttles between Pristina and Belgrade. EU envoy Peter Sorensen met Albin Kurti in Pristina on Wednesday.', '2025-03-14');
    expect(x.visits.filter((v) => v.city === 'Pristina' || v.city === 'Belgrade').map((v) => v.envoy)).toEqual(['Peter Sørensen', 'Peter Sørensen']);
  });

  it('gives each co-leader of "a delegation led by A and B" the visit, with the other as companion', () => {
    const x = run('An Israeli delegation led by Shin Bet chief Ronen Bar and Mossad chief David Barnea flew to Cairo on Monday for talks with Hassan Rashad.');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.companions])).toEqual([
      ['Ronen Bar', 'Cairo', '2025-02-24', ['David Barnea']],
      ['David Barnea', 'Cairo', '2025-02-24', ['Ronen Bar']],
    ]);
  });

  it('does not read the body before a title ("Shin Bet chief Ronen Bar") as a person', () => {
    expect(run('Shin Bet chief Ronen Bar flew to Cairo on Monday.').visits.map((v) => v.envoy)).toEqual(['Ronen Bar']);
  });

  it('recognises a full name repeated without its title as the person named before', () => {
    expect(
      visits('Sung Kim, the US special representative for North Korea, arrived in Seoul on Thursday. Sung Kim is scheduled to travel to Tokyo next week.'),
    ).toEqual([
      ['Sung Kim', 'Seoul', '2025-02-20', 'in_person'],
      ['Sung Kim', 'Tokyo', null, 'planned'],
    ]);
  });

  it('reads the second head of "A was headed by X, and the opposition’s by Y" as a delegation head at the talks', () => {
    expect(
      visits("The two sides signed an agreement on Tuesday in Bridgetown. The government delegation was headed by Jorge Rodríguez, and the opposition's by Gerardo Blyde."),
    ).toEqual([
      ['Jorge Rodríguez', 'Bridgetown', '2025-02-25', 'in_person'],
      ['Gerardo Blyde', 'Bridgetown', '2025-02-25', 'in_person'],
    ]);
  });
});

describe('envoys named as a group', () => {
  it('gives each member of "the mediators – A of X, B of Y and C of Z –" the visit, and "they" on the next day, with the others as companions', () => {
    const x = run(
      'The mediators – Pieter Vandamme of Belgium, Lucia Ferraro of Italy and Tomas Lindqvist of Sweden – were received by President Ali Bongo in Libreville on Monday. On Tuesday they met opposition leader Jean Ping in Port-Gentil.',
    );
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.counterparts, v.companions])).toEqual([
      ['Pieter Vandamme', 'Libreville', '2025-02-24', ['Ali Bongo'], ['Lucia Ferraro', 'Tomas Lindqvist']],
      ['Lucia Ferraro', 'Libreville', '2025-02-24', ['Ali Bongo'], ['Pieter Vandamme', 'Tomas Lindqvist']],
      ['Tomas Lindqvist', 'Libreville', '2025-02-24', ['Ali Bongo'], ['Pieter Vandamme', 'Lucia Ferraro']],
      ['Pieter Vandamme', 'Port-Gentil', '2025-02-25', ['Jean Ping'], ['Lucia Ferraro', 'Tomas Lindqvist']],
      ['Lucia Ferraro', 'Port-Gentil', '2025-02-25', ['Jean Ping'], ['Pieter Vandamme', 'Tomas Lindqvist']],
      ['Tomas Lindqvist', 'Port-Gentil', '2025-02-25', ['Jean Ping'], ['Pieter Vandamme', 'Lucia Ferraro']],
    ]);
  });

  it('reads "The panel arrived in X. The panel is made up of A, B and C." as a visit of each member', () => {
    expect(
      visits('The AU High-Level Panel arrived in Juba on Sunday. The panel is made up of former Nigerian President Goodluck Jonathan, former Malawian President Joyce Banda and former Kenyan Prime Minister Raila Odinga.').map((v) => v[0]),
    ).toEqual(['Goodluck Jonathan', 'Joyce Banda', 'Raila Odinga']);
  });
});

describe('a regional tour', () => {
  it('gives "the Dutch diplomat, appointed in 2022, toured the region in May, visiting A, the B camps, C and D" one undated visit per stop', () => {
    expect(
      visits('UN envoy Karel Janssen met President Paul Kagame in Kigali on Monday. The Dutch diplomat, appointed in 2022, toured the region in May, visiting Bujumbura, the Goma camps, Nyala and Kampala.'),
    ).toEqual([
      ['Karel Janssen', 'Kigali', '2025-02-24', 'in_person'],
      ['Karel Janssen', 'Bujumbura', null, 'in_person'],
      ['Karel Janssen', 'Goma', null, 'in_person'],
      ['Karel Janssen', 'Nyala', null, 'in_person'],
      ['Karel Janssen', 'Kampala', null, 'in_person'],
    ]);
  });
});

describe('delegations and relative clauses', () => {
  it('gives "The Kenyan delegation, led by X, held two days of talks in Geneva on Monday and Tuesday" to X on the first day', () => {
    const text =
      'The second round of talks between Kenya and Somalia ended in Geneva on Tuesday. The Kenyan delegation, led by Foreign Minister Musalia Mudavadi, held two days of talks in Geneva on Monday and Tuesday with a Somali team headed by Foreign Minister Ahmed Moallim Fiqi.';
    expect(visits(text)).toEqual([
      ['Musalia Mudavadi', 'Geneva', '2025-02-24', 'in_person'],
      ['Ahmed Moallim Fiqi', 'Geneva', '2025-02-24', 'in_person'],
    ]);
  });

  it('places ", where A and his counterpart B agreed to a truce on 3 January" in the city just named', () => {
    expect(
      visits('The process started in Nairobi, where Ugandan Foreign Minister Jeje Odongo and his Rwandan counterpart, Foreign Minister Vincent Biruta, agreed to a truce on 3 January after clashes.'),
    ).toEqual([
      ['Jeje Odongo', 'Nairobi', '2025-01-03', 'in_person'],
      ['Vincent Biruta', 'Nairobi', '2025-01-03', 'in_person'],
    ]);
  });
});

describe('announced events and other meetings', () => {
  it('reads "will chair the meeting in Doha on 30 June" as a planned stop, and "a delegation led by X would attend" as no visit made', () => {
    const text =
      'Roza Otunbayeva spoke by phone on Tuesday with Amir Khan Muttaqi about the third meeting of Special Envoys on Afghanistan in Doha.\n\nMs. Otunbayeva confirmed that Under-Secretary-General Rosemary DiCarlo will chair the meeting in Doha on 30 June and 1 July. Mr. Muttaqi said that a delegation led by spokesman Zabihullah Mujahid would attend.';
    expect(run(text, '2024-06-26').visits.map((v) => [v.envoy, v.city, v.date, v.mode])).toEqual([
      ['Roza Otunbayeva', null, '2024-06-25', 'virtual'],
      ['Rosemary DiCarlo', 'Doha', '2024-06-30', 'planned'],
    ]);
  });

  it('keeps "is due to chair the session in Bamako on Thursday" inside the stay that began there the day before', () => {
    const text = 'Algerian Foreign Minister Ramtane Lamamra arrived in Bamako on Wednesday for a two-day working visit.\n\nLamamra is due to chair the session of the Agreement Monitoring Committee in Bamako on Thursday.';
    expect(run(text, '2021-09-16').visits.map((v) => [v.envoy, v.city, v.date, v.mode])).toEqual([['Ramtane Lamamra', 'Bamako', '2021-09-15', 'in_person']]);
  });

  it('does not place "X, who attended the Mabanda meeting, said" in the city of the sentence before announcing the next round', () => {
    const text =
      'UN envoy Hilde Johansson met President Evariste Ndayishimiye in Gitega on Monday. The next round of talks is scheduled for March 12 in Arusha. Mission head Pedro Alvarez, who attended the Mabanda meeting, said the talks had been useful.';
    expect(visits(text)).toEqual([['Hilde Johansson', 'Gitega', '2025-02-24', 'in_person']]);
  });

  it('does not take "The next round is scheduled for March 12 in Arusha" as the scene of a meeting told after it', () => {
    expect(visits('The next round of talks is scheduled for March 12 in Arusha. AU envoy Pedro Alvarez met rebel leader Jean Ntare on Tuesday.')).toEqual([]);
  });
});

describe('heads and facilitators at a ceremony', () => {
  it('reads "X, speaker of parliament and head of the government delegation" as a delegation head at the talks', () => {
    const text =
      'The two sides resumed their talks in Caracas on Monday. The accord was signed by Ivan Cepeda, speaker of the Senate and head of the government delegation, and Pablo Beltran, who leads the delegation of the ELN.';
    expect(visits(text)).toEqual([
      ['Ivan Cepeda', 'Caracas', '2025-02-24', 'in_person'],
      ['Pablo Beltrán', 'Caracas', '2025-02-24', 'in_person'],
    ]);
  });

  it('places "X, who facilitates the process, presided over the ceremony" at the talks the article placed', () => {
    const text =
      'The two sides resumed their talks in Havana on Monday. They signed a ceasefire protocol. Norwegian diplomat Erik Solheim, who facilitates the process, presided over the ceremony.';
    expect(visits(text)).toEqual([['Erik Solheim', 'Havana', '2025-02-24', 'in_person']]);
  });
});

describe('phone calls', () => {
  it('reads "spoke by phone on Tuesday with X about the meeting in Doha" as a virtual meeting without the topic\'s city', () => {
    const x = run('The Special Representative of the Secretary-General for Afghanistan, Roza Otunbayeva, spoke by phone on Tuesday with Amir Khan Muttaqi, the Taliban\'s acting foreign minister, about the third meeting of Special Envoys on Afghanistan in Doha.', '2024-06-26');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.mode, v.counterparts])).toEqual([['Roza Otunbayeva', null, '2024-06-25', 'virtual', ['Amir Khan Muttaqi']]]);
  });

  it('reads "X spoke with Y by phone on Sunday" as X\'s virtual meeting with Y', () => {
    expect(run('Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke with Witkoff by phone on Sunday, the Qatari foreign ministry said.').visits.map((v) => [v.envoy, v.city, v.date, v.mode, v.counterparts])).toEqual([
      ['Mohammed bin Abdulrahman Al Thani', null, '2025-02-23', 'virtual', ['Steve Witkoff']],
    ]);
  });

  it('reads "spoke to", "discussed ... by telephone with", "had a phone call with", "held a telephone conversation with" and "phoned" as the caller\'s virtual meeting', () => {
    const call = (s: string) => run(s, '2020-12-12').visits.map((v) => [v.envoy, v.city, v.date, v.mode, v.counterparts]);
    const lavrov = [['Sergei Lavrov', null, '2020-12-08', 'virtual', ['Mevlut Cavusoglu']]];
    expect(call('Sergei Lavrov spoke to Mevlut Cavusoglu by phone on Tuesday to brief him.')).toEqual(lavrov);
    expect(call('Sergei Lavrov discussed the ceasefire by telephone with Mevlut Cavusoglu on Tuesday.')).toEqual(lavrov);
    expect(call('Sergei Lavrov spoke on the phone with Mevlut Cavusoglu on Tuesday.')).toEqual(lavrov);
    expect(call('Sergei Lavrov had a phone call with Mevlut Cavusoglu on Tuesday.')).toEqual(lavrov);
    expect(call('Sergei Lavrov held a telephone conversation with Mevlut Cavusoglu on Tuesday.')).toEqual(lavrov);
    expect(call('Sergei Lavrov phoned Mevlut Cavusoglu on Tuesday.')).toEqual(lavrov);
  });

  it('reads "His Majesty spoke with X by telephone" as the call of the monarch the article named (known as King)', () => {
    const x = run('King Mohammed VI received the delegation.\n\nHis Majesty spoke with President Donald Trump by telephone on 10 December.', '2020-12-12');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.mode, v.counterparts])).toEqual([['Mohammed VI', null, '2020-12-10', 'virtual', ['Donald Trump']]]);
  });

  it('does not take the principal of "X, the senior adviser to President Y on Africa, spoke by phone" for the subject', () => {
    expect(run('Massad Boulos, the senior adviser to President Donald Trump on Africa, spoke by phone on Monday with Egyptian Foreign Minister Badr Abdelatty.', '2025-07-29').visits.map((v) => [v.envoy, v.mode])).toEqual([['Massad Boulos', 'virtual']]);
  });

  it('keeps "met X in Kabul to hear their concerns about not being invited to the Doha meeting" in Kabul', () => {
    expect(visits('On Monday, Ms. Otunbayeva met civil society representatives in Kabul to hear their concerns about not being invited to the Doha meeting.').map((v) => [v[0], v[1]])).toEqual([['Roza Otunbayeva', 'Kabul']]);
  });
});

describe('a remote meeting ahead', () => {
  it('dates "will brief the Council by videoconference from Nairobi on January 14" forward, not to the January before', () => {
    expect(visits('UN envoy Huang Xia will brief the Security Council by videoconference from Nairobi on January 14.').map((v) => [v[1], v[2], v[3]])).toEqual([
      ['Nairobi', '2026-01-14', 'virtual'],
    ]);
  });
});

describe('where', () => {
  it('reads "had already been to Bamako and Ouagadougou in May 2024, where he met A and B" as two stops, not the summit city before', () => {
    const text =
      "In July 2024 the ECOWAS summit in Abuja named Senegal's President Bassirou Diomaye Faye as facilitator with the three juntas. Faye had already been to Bamako and Ouagadougou in May 2024, where he met Colonel Assimi Goïta and Captain Ibrahim Traoré.";
    expect(run(text, '2025-01-30').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Bassirou Diomaye Faye', 'Bamako', null],
      ['Bassirou Diomaye Faye', 'Ouagadougou', null],
    ]);
  });

  it('places "A and B held the indirect talks at the Omani embassy in Rome" in Rome, both parties there', () => {
    const x = run('Iranian Foreign Minister Abbas Araghchi and US special envoy Steve Witkoff held the indirect talks at the Omani embassy in Rome on Saturday.', '2025-04-19');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([
      ['Abbas Araghchi', 'Rome', '2025-04-19', ['Steve Witkoff']],
      ['Steve Witkoff', 'Rome', '2025-04-19', ['Abbas Araghchi']],
    ]);
  });

  it('places "visited the Houthi-controlled capital" in the city the sentence named before', () => {
    expect(visits('The Saudi-Houthi talks began in Sanaa in April, when Saudi ambassador Mohammed Al Jaber visited the Houthi-controlled capital.')).toEqual([
      ['Mohammed Al Jaber', 'Sanaa', null, 'in_person'],
    ]);
  });

  it('places delegation heads of the lead\'s talks in the city of a dateline written after the date ("November 7, 2023 (JEDDAH) –")', () => {
    const text =
      'November 7, 2023 (JEDDAH) – The Jeddah talks between the army and the RSF were adjourned on Tuesday.\n\nThe army delegation was headed by Ambassador Omar Siddiq, while the RSF team was led by Brigadier General Omar Hamdan.';
    expect(run(text, '2023-11-08').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Omar Siddiq', 'Jeddah', '2023-11-07'],
      ['Omar Hamdan', 'Jeddah', '2023-11-07'],
    ]);
  });

  it('places the lead\'s meeting in the city of an AP archive dateline written with an underscore ("GENEVA (AP) _")', () => {
    const text =
      'GENEVA (AP) _ The foreign ministers of Bosnia and Croatia agreed Friday on basic principles.\n\nU.S. envoy Richard Holbrooke met Bosnian Foreign Minister Muhamed Sacirbey at the U.S. mission.\n\nHolbrooke had met Serbian President Slobodan Milosevic in Belgrade on Monday.';
    expect(run(text, '1995-09-09').visits.filter((v) => v.envoy === 'Richard Holbrooke').map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Richard Holbrooke', 'Geneva', '1995-09-08'],
      ['Richard Holbrooke', 'Belgrade', '1995-09-04'],
    ]);
  });

  it('dates a lead\'s meeting by its own weekday, not by a wire dateline\'s day with a double hyphen ("SEOUL, Dec. 17 (Yonhap) --")', () => {
    const text = 'SEOUL, Dec. 17 (Yonhap) -- U.S. Special Representative for North Korea Stephen Biegun met his South Korean counterpart Lee Do-hoon in Seoul on Monday.';
    expect(run(text, '2019-12-17').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['Stephen Biegun', 'Seoul', '2019-12-16']]);
  });

  it('knows the 2024 ASEAN envoy Alounkeo Kittikhoun as a visitor "received" by a host, and as "Mr Alounkeo" by his given name', () => {
    const text =
      'Senior General Min Aung Hlaing received Special Envoy of the ASEAN Chair on Myanmar Mr Alounkeo Kittikhoun at the Zeyathiri Beikman in Nay Pyi Taw on Thursday.\n\nMr Alounkeo is expected to travel to Bangkok next week.';
    expect(run(text, '2024-01-12').visits.map((v) => [v.envoy, v.city, v.date, v.mode])).toEqual([
      ['Alounkeo Kittikhoun', 'Naypyitaw', '2024-01-11', 'in_person'],
      ['Alounkeo Kittikhoun', 'Bangkok', null, 'planned'],
    ]);
  });

  it('takes "The Personal Envoy was accompanied by the Swiss Ambassador to Mozambique, X." after the visit as its companion', () => {
    const text =
      'The Personal Envoy of the United Nations Secretary-General for Mozambique, Mirko Manzoni, travelled to Gorongosa on Thursday, where he met Renamo leader Ossufo Momade.\n\nThe Personal Envoy was accompanied by the Swiss Ambassador to Mozambique, Mirko Giulietti.';
    expect(run(text, '2023-06-16').visits.map((v) => [v.envoy, v.city, v.counterparts, v.companions])).toEqual([['Mirko Manzoni', 'Gorongosa', ['Ossufo Momade'], ['Mirko Giulietti']]]);
  });

  it('reads "A and B are both expected to travel to Geneva" as a planned trip', () => {
    const text = 'Cypriot President Nikos Christodoulides and Turkish Cypriot leader Ersin Tatar are both expected to travel to Geneva for the meeting.';
    expect(run(text, '2025-03-12').visits.map((v) => [v.envoy, v.city, v.mode])).toContainEqual(['Nikos Christodoulides', 'Geneva', 'planned']);
  });

  it('dates a planned trip "to Geneva for the meeting" by the meeting the sentence before placed there', () => {
    const text =
      'UN Secretary-General António Guterres will host an informal meeting on Cyprus in Geneva on March 17.\n\nCypriot President Nikos Christodoulides is expected to travel to Geneva for the meeting.';
    expect(run(text, '2025-03-12').visits.map((v) => [v.envoy, v.city, v.date, v.mode])).toContainEqual(['Nikos Christodoulides', 'Geneva', '2025-03-17', 'planned']);
  });

  it('does not place "X, who headed the Russian delegation in Geneva" at the meeting in Sukhumi of the sentence before', () => {
    const text =
      'EU Special Representative Toivo Klaar travelled to Sukhumi on 13 June, where he met Inal Ardzinba.\n\nRussian Deputy Foreign Minister Mikhail Galuzin, who headed the Russian delegation in Geneva, said that Moscow would not discuss the issue.';
    expect(run(text, '2024-06-27').visits.map((v) => [v.envoy, v.city])).toEqual([['Toivo Klaar', 'Sukhumi']]);
  });

  it('gives each head of "The X delegation, led by A, and the delegation of Y, led by B, arrived" the visit', () => {
    const text =
      'The Government of South Sudan delegation, led by Presidential Adviser on Security Kuol Manyang Juuk, and the delegation of the opposition groups, led by Pagan Amum, arrived in Nairobi on Tuesday.';
    expect(run(text, '2024-05-10').visits.map((v) => [v.envoy, v.city, v.date, v.companions])).toEqual([
      ['Kuol Manyang Juuk', 'Nairobi', '2024-05-07', []],
      ['Pagan Amum', 'Nairobi', '2024-05-07', []],
    ]);
  });

  it('does not read "once the council was in place" as a presence of the sentence\'s person at the meeting before', () => {
    const text =
      'Haitian stakeholders reached an agreement in Kingston on Monday on a transitional presidential council.\n\nGuyanese President Irfaan Ali said that Prime Minister Ariel Henry had agreed to resign once the council was in place.';
    expect(visits(text)).toEqual([]);
  });

  it('dates "B also attended the meeting in Kingston" by the visit to the meeting of the sentence before', () => {
    const text =
      'US Secretary of State Antony Blinken flew to Kingston on Monday for the emergency meeting on Haiti hosted by Jamaican Prime Minister Andrew Holness.\n\nKenya\'s Prime Cabinet Secretary Musalia Mudavadi also attended the meeting in Kingston.';
    expect(run(text, '2024-03-13').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Antony Blinken', 'Kingston', '2024-03-11'],
      ['Musalia Mudavadi', 'Kingston', '2024-03-11'],
    ]);
  });

  it('dates "X joined the opening ceremony by video link from Juba" by the launch of the sentence before', () => {
    const text =
      'The Tumaini Initiative was launched in Nairobi on Thursday by President William Ruto.\n\nPresident Salva Kiir joined the opening ceremony by video link from Juba.';
    expect(run(text, '2024-05-10').visits.map((v) => [v.envoy, v.city, v.date, v.mode])).toEqual([['Salva Kiir', 'Juba', '2024-05-09', 'virtual']]);
  });

  it('places a meeting "at Temple Trees" in Colombo and a trip to Kilinochchi in Sri Lanka ("Temple" is no city)', () => {
    const text = "Norway's peace envoy Erik Solheim met President Mahinda Rajapaksa at Temple Trees on Tuesday and flew to Kilinochchi on Wednesday.";
    expect(run(text, '2006-01-29').visits.map((v) => [v.envoy, v.city, v.country, v.date])).toEqual([
      ['Erik Solheim', 'Colombo', 'LK', '2006-01-24'],
      ['Erik Solheim', 'Kilinochchi', 'LK', '2006-01-25'],
    ]);
  });

  it('does not set the scene in the city someone "arrived from": an attendee named next is not placed there', () => {
    const text =
      "Venezuela's President Nicolás Maduro arrived in Kingstown from Caracas on Wednesday night.\n\nMaduro arrived from Caracas on Wednesday night and was received by Prime Minister Ralph Gonsalves.\n\nBrazil's President Lula was represented by his special adviser Celso Amorim.";
    expect(run(text, '2023-12-15').visits.filter((v) => v.city === 'Caracas')).toEqual([]);
  });

  it('keeps "arrived in Colombo on Monday ..., met X at Temple Trees on Tuesday" as one stay dated by the arrival', () => {
    const text = "Norway's peace envoy Erik Solheim, who arrived in Colombo on Monday, met President Mahinda Rajapaksa at Temple Trees on Tuesday.";
    expect(run(text, '2006-01-29').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['Erik Solheim', 'Colombo', '2006-01-23']]);
  });

  it('reads "X leaves for Lisbon on April 6, where he will meet Y" as a planned visit on that day', () => {
    const text = 'UN special adviser Ibrahim Gambari leaves for Lisbon on April 6, where he will meet Portuguese Foreign Minister Jaime Gama.';
    expect(run(text, '2002-04-05').visits.map((v) => [v.envoy, v.city, v.date, v.mode])).toEqual([['Ibrahim Gambari', 'Lisbon', '2002-04-06', 'planned']]);
  });

  it('takes no visit from a correction ("Correction: An earlier version of this report said that X had visited Ramallah")', () => {
    const text =
      'US Secretary of State John Kerry met President Mahmoud Abbas in Amman on Friday.\n\nCorrection: An earlier version of this report said that Kerry had visited Ramallah on Friday. The meeting took place in Amman.';
    const cities = run(text, '2013-07-20').visits.map((v) => v.city);
    expect(cities).toContain('Amman');
    expect(cities).not.toContain('Ramallah');
  });

  it('does not place a video conference of the lead in its dateline city', () => {
    const text = 'KABUL - Mohammad Sadiq and Zalmay Khalilzad held a virtual conference on Tuesday.\n\nKhalilzad held talks with the Afghan side, officials said.';
    expect(run(text).visits.filter((v) => v.city === 'Kabul')).toEqual([]);
  });

  it('gives "the panel met X in Addis Ababa" to the person named before as leading the panel', () => {
    const text = 'The AU panel, led by former Nigerian President Olusegun Obasanjo, arrived in Mekelle on Tuesday. On Wednesday the panel met Prime Minister Abiy Ahmed in Addis Ababa.';
    expect(run(text, '2025-05-15').visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([
      ['Olusegun Obasanjo', 'Mekelle', '2025-05-13', []],
      ['Olusegun Obasanjo', 'Addis Ababa', '2025-05-14', ['Abiy Ahmed']],
    ]);
  });

  it('places a foreign participant of "the ceremony ... was attended by X" at the talks the sentence before placed', () => {
    const text = 'The two sides signed an agreement on Tuesday in Bridgetown. The signing ceremony, facilitated by Norway, was attended by Dag Nylander, the Norwegian diplomat who has mediated the process.';
    expect(visits(text)).toContainEqual(['Dag Nylander', 'Bridgetown', '2025-02-25', 'in_person']);
  });
});


describe('placeless acts', () => {
  it('gives no visit to an in-person act the text places nowhere ("suspended talks with X on Wednesday")', () => {
    expect(visits('President Gustavo Petro suspended peace talks with the National Liberation Army (ELN) on Wednesday, a day after the attack.')).toEqual([]);
  });

  it('still gives a placeless video call its virtual visit', () => {
    expect(visits('Zelensky held a video call with Emmanuel Macron on Monday.').map((v) => v[3])).toEqual(['virtual']);
  });
});

describe('trips at home and capitals not named', () => {
  it('gives no visit of a state\'s minister to his own capital ("raised it with Foreign Minister Fidan when he visited Ankara")', () => {
    expect(visits('The Foreign Secretary raised it with Turkish Foreign Minister Hakan Fidan when he visited Ankara last month.')).toEqual([]);
    // (a city of the minister's own state other than its capital is still a trip)
    expect(visits('Turkish Foreign Minister Hakan Fidan visited Gaziantep on Monday.').map((v) => v[1])).toEqual(['Gaziantep']);
  });

  it('keeps a journey inside the traveller\'s own country ("Patiño travelled to Cúcuta")', () => {
    expect(visits('Peace Commissioner Otty Patiño travelled to Cúcuta on Thursday to meet regional authorities.', )).toEqual([
      ['Otty Patiño', 'Cúcuta', '2025-02-20', 'in_person'],
    ]);
  });

  it('still gives no visit to someone meeting a compatriot in their own country', () => {
    expect(visits('Albin Kurti met Besnik Bislimi in Pristina on Monday.')).toEqual([]);
  });

  it('reads a bare "travelled to the capital" as the capital named in the sentence before', () => {
    expect(
      visits('Tom Barrack met officials in Damascus on Wednesday. Mazloum Abdi travelled to the capital on Wednesday at the head of an SDF delegation.'),
    ).toEqual([
      ['Tom Barrack', 'Damascus', '2025-02-19', 'in_person'],
      ['Mazloum Abdi', 'Damascus', '2025-02-19', 'in_person'],
    ]);
  });

  it('places a meeting "at the People\'s Palace" in Damascus', () => {
    expect(visits("Tom Barrack met Ahmed al-Sharaa at the People's Palace on Tuesday.")).toEqual([['Tom Barrack', 'Damascus', '2025-02-25', 'in_person']]);
  });
});

describe('states named as parties', () => {
  it('does not read the state after "talks with" as a place ("direct talks with Russia in Istanbul")', () => {
    expect(visits('Rustem Umerov led the Ukrainian delegation at the third round of direct talks with Russia in Istanbul on Monday.')).toEqual([
      ['Rustem Umerov', 'Istanbul', '2025-02-24', 'in_person'],
    ]);
  });
});

describe('subjects named by a title', () => {
  it('passes a titled subject ("In Pristina, the Danish diplomat met X") on to the next sentence\'s "he", not the person met', () => {
    expect(
      visits(
        'Peter Sorensen, the EU envoy, was in Pristina on Monday. In Pristina, the Danish diplomat met Prime Minister Albin Kurti. A day later he held talks in Belgrade with President Aleksandar Vucic.',
      ),
    ).toEqual([
      ['Peter Sørensen', 'Pristina', '2025-02-24', 'in_person'],
      ['Peter Sørensen', 'Belgrade', null, 'in_person'],
    ]);
  });
});

describe('agents of a passive', () => {
  it('does not make the agent of "who was appointed by X" the traveller', () => {
    expect(
      visits('The former diplomat, who was appointed by Prime Minister Anwar Ibrahim in January, arrived in Naypyitaw on Monday with a small team of officials.').map((v) => v[0]),
    ).not.toContain('Anwar Ibrahim');
  });
});

describe('a tour told in one sentence', () => {
  it('gives "... for talks with X before travelling to Kigali, where he was received by Y the next day" to the traveller, dated by the relative clause', () => {
    expect(
      visits('Massad Boulos was in Kinshasa on 3 February for talks with President Félix Tshisekedi before travelling to Kigali, where he was received by President Paul Kagame the next day.'),
    ).toEqual([
      ['Massad Boulos', 'Kinshasa', '2025-02-03', 'in_person'],
      ['Massad Boulos', 'Kigali', '2025-02-04', 'in_person'],
    ]);
  });

  it('does not place a planned trip where the sources sit ("..., officials in Kinshasa said")', () => {
    expect(visits('Massad Boulos met Tshisekedi on Monday. Boulos is due back in the region in May, officials in Kinshasa said.').filter((v) => v[3] === 'planned')).toEqual([]);
  });

  it('still places a meeting with "officials in Abu Dhabi"', () => {
    expect(visits('US envoy Robert Malley met Gulf officials in Abu Dhabi last month.')).toEqual([['Robert Malley', 'Abu Dhabi', null, 'in_person']]);
  });
});

describe('plural subjects named in the next sentence', () => {
  it('gives "The foreign ministers of the Democratic Republic of Congo and Rwanda signed a declaration of principles at ... in Washington" to the two ministers named next', () => {
    expect(
      visits(
        'The foreign ministers of the Democratic Republic of Congo and Rwanda signed a declaration of principles at the State Department in Washington on Friday. Congolese Foreign Minister Thérèse Kayikwamba Wagner and her Rwandan counterpart, Olivier Nduhungirehe, put their names to the text.',
      ),
    ).toEqual([
      ['Therese Kayikwamba Wagner', 'Washington', '2025-02-21', 'in_person'],
      ['Olivier Nduhungirehe', 'Washington', '2025-02-21', 'in_person'],
    ]);
  });
});

describe('hosts at home and their guests', () => {
  it('gives every foreign guest of "X hosted A and his Ethiopian counterpart, B, in Ankara" a visit', () => {
    expect(visits('Turkish Foreign Minister Hakan Fidan hosted Ahmed Moallim Fiqi and his Ethiopian counterpart, Taye Atske Selassie, in Ankara in July.')).toEqual([
      ['Taye Atske Selassie', 'Ankara', null, 'in_person'],
      ['Ahmed Moallim Fiqi', 'Ankara', null, 'in_person'],
    ]);
  });

  it('places "the Ankara process began when the Turkish minister hosted A and B" in the host state\'s city the sentence names', () => {
    expect(
      visits('The Ankara process began in July, when Turkish Foreign Minister Hakan Fidan hosted Ahmed Moallim Fiqi and Taye Atske Selassie for indirect talks.').map((v) => [v[0], v[1]]),
    ).toEqual(expect.arrayContaining([
      ['Ahmed Moallim Fiqi', 'Ankara'],
      ['Taye Atske Selassie', 'Ankara'],
    ]));
  });
});

describe('meetings abroad', () => {
  it('places "met X on the sidelines of the UN General Assembly in New York" in New York, and the foreign counterpart came too', () => {
    expect(
      visits('Armenian Foreign Minister Ararat Mirzoyan met his Azerbaijani counterpart Jeyhun Bayramov on the sidelines of the UN General Assembly in New York on Thursday.'),
    ).toEqual([
      ['Ararat Mirzoyan', 'New York', '2025-02-20', 'in_person'],
      ['Jeyhun Bayramov', 'New York', '2025-02-20', 'in_person'],
    ]);
  });

  it('does not send a host\'s counterpart abroad: "met his Turkish counterpart in Ankara" is one visit', () => {
    expect(visits('Armenian Foreign Minister Ararat Mirzoyan met his Turkish counterpart Hakan Fidan in Ankara on Thursday.').map((v) => v[0])).toEqual(['Ararat Mirzoyan']);
  });
});

describe('more places of a visit', () => {
  it('places "received X at his office in Addis Ababa" in Addis Ababa (an office where someone is, not a title)', () => {
    expect(visits('Ethiopian Prime Minister Abiy Ahmed received Somali President Hassan Sheikh Mohamud at his office in Addis Ababa on Tuesday.')).toEqual([
      ['Hassan Sheikh Mohamud', 'Addis Ababa', '2025-02-25', 'in_person'],
    ]);
  });

  it('reads "stopped in Kabul" as a visit', () => {
    expect(visits('On his way back from Beijing, Pakistani Foreign Minister Ishaq Dar stopped in Kabul on Thursday.')).toEqual([['Ishaq Dar', 'Kabul', '2025-02-20', 'in_person']]);
  });
});

describe('a visit by someone', () => {
  it('gives "The visit by UN envoy X to Laayoune on Wednesday" to X', () => {
    expect(visits('The visit by UN envoy Staffan de Mistura to Laayoune on Wednesday was his first since 2021.')).toEqual([
      ['Staffan de Mistura', 'Laayoune', '2025-02-19', 'in_person'],
    ]);
  });
});

describe('"the UN envoy"', () => {
  it('resolves "the UN envoy" to a UN official named before, not to a state\'s envoy named nearer', () => {
    expect(
      visits('Hans Grundberg met Houthi officials in Muscat on Monday. Tom Barrack is set to visit Beirut next week. The UN envoy later flew to Riyadh.').map((v) => [v[0], v[1]]),
    ).toEqual([
      ['Hans Grundberg', 'Muscat'],
      ['Tom Barrack', 'Beirut'],
      ['Hans Grundberg', 'Riyadh'],
    ]);
  });

  it('gives "the UN envoy plans to travel" to nobody when only a state\'s envoy was named', () => {
    expect(visits('Tom Barrack is set to visit Beirut next week. The UN envoy plans to travel to Port Sudan in the coming days.').map((v) => v[0])).toEqual(['Tom Barrack']);
  });
});

describe('the day of a visit told after the meeting', () => {
  it('dates "X met Abdi in Damascus on Wednesday. Abdi travelled to the capital at the head of ..." by the meeting', () => {
    expect(
      visits('US envoy Tom Barrack met Mazloum Abdi in Damascus on Wednesday. Abdi travelled to the capital at the head of an SDF delegation.'),
    ).toEqual([
      ['Tom Barrack', 'Damascus', '2025-02-19', 'in_person'],
      ['Mazloum Abdi', 'Damascus', '2025-02-19', 'in_person'],
    ]);
  });
});

describe('a day after meeting', () => {
  it('gives "held talks in Tripoli on Wednesday ..., a day after meeting X in Benghazi" a Benghazi visit the day before', () => {
    expect(
      visits('UN envoy Hanna Tetteh held talks in Tripoli on Wednesday with Abdul Hamid Dbeibah, a day after meeting eastern commander Khalifa Haftar in Benghazi.'),
    ).toEqual([
      ['Hanna Tetteh', 'Tripoli', '2025-02-19', 'in_person'],
      ['Hanna Tetteh', 'Benghazi', '2025-02-18', 'in_person'],
    ]);
  });

  it('keeps "met X in Kyiv on Thursday, a day after arriving in the capital" one visit', () => {
    expect(visits('Keith Kellogg met Volodymyr Zelensky in Kyiv on Thursday, a day after arriving in the capital by train.')).toEqual([
      ['Keith Kellogg', 'Kyiv', '2025-02-20', 'in_person'],
    ]);
  });

  it('reads "She will brief the UN Security Council in New York on 15 March" as a planned trip', () => {
    expect(visits('Hanna Tetteh met officials in Tripoli on Monday. She will brief the UN Security Council in New York on 15 March.')).toContainEqual([
      'Hanna Tetteh',
      'New York',
      '2025-03-15',
      'planned',
    ]);
  });
});

describe('plural subjects of named states', () => {
  it('gives "The foreign ministers of Armenia and Azerbaijan are expected to meet in Abu Dhabi" only to officials of those states', () => {
    expect(
      visits('Ruto hosted Felix Tshisekedi and Paul Kagame on Monday. The foreign ministers of Armenia and Azerbaijan are expected to meet in Abu Dhabi next month.').filter(
        (v) => v[1] === 'Abu Dhabi',
      ),
    ).toEqual([]);
    expect(
      visits('Ararat Mirzoyan and Jeyhun Bayramov spoke on Monday. The foreign ministers of Armenia and Azerbaijan are expected to meet in Abu Dhabi next month.').map((v) => [v[0], v[1], v[3]]),
    ).toEqual([
      ['Ararat Mirzoyan', 'Abu Dhabi', 'planned'],
      ['Jeyhun Bayramov', 'Abu Dhabi', 'planned'],
    ]);
  });

  it('gives every foreign guest of "X is scheduled to host A and B in Nairobi" a planned visit', () => {
    expect(visits('Kenyan President William Ruto is scheduled to host Felix Tshisekedi and Paul Kagame in Nairobi on Saturday.').map((v) => [v[0], v[1], v[3]])).toEqual([
      ['Paul Kagame', 'Nairobi', 'planned'],
      ['Felix Tshisekedi', 'Nairobi', 'planned'],
    ]);
  });
});

describe('live-blog phrasing', () => {
  it('reads "has arrived in St Petersburg" as Saint Petersburg, Russia (not the Florida city of "St. Petersburg")', () => {
    expect(visits('US envoy Steve Witkoff arrived in St. Petersburg on Friday.')).toEqual([['Steve Witkoff', 'Saint Petersburg', '2025-02-21', 'in_person']]);
    expect(visits('US envoy Steve Witkoff has arrived in St Petersburg for talks with Vladimir Putin.').map((v) => v[1])).toEqual(['Saint Petersburg']);
  });

  it('dates "this morning" to the publication day', () => {
    expect(visits('Zelensky met Emmanuel Macron in Paris this morning.')).toEqual([['Volodymyr Zelensky', 'Paris', '2025-02-25', 'in_person']]);
  });
});

describe('a meeting named by its city', () => {
  it('places "X, who also attended the Manama meeting, later flew to Cairo" in Manama as well as Cairo', () => {
    expect(visits('US Special Envoy for Sudan Tom Perriello, who also attended the Manama meeting, later flew to Cairo.').map((v) => [v[0], v[1]])).toEqual([
      ['Tom Perriello', 'Manama'],
      ['Tom Perriello', 'Cairo'],
    ]);
  });
});

describe('Abkhaz and Armenian spellings of places', () => {
  it('reads "Sukhum" as Sukhumi and knows Stepanakert', () => {
    const x = extract({ id: 't', text: 'UN envoy Jan Novak held talks in Sukhum on Monday with the de facto foreign minister. On Tuesday Novak met local officials in Stepanakert.', publishedAt: '2024-05-08' });
    expect(x.visits.map((v) => [v.envoy, v.city, v.country, v.date])).toEqual([
      ['Jan Novak', 'Sukhumi', 'GE', '2024-05-06'],
      ['Jan Novak', 'Stepanakert', 'AZ', '2024-05-07'],
    ]);
  });
});

describe('going home', () => {
  it('reads "is expected to fly back to <own capital>" as no planned visit', () => {
    const r = extract({ id: 't', text: 'Haitian Prime Minister Ariel Henry met Kenyan leaders in Nairobi on Monday. Henry is expected to fly back to Port-au-Prince once the airport reopens.', publishedAt: '2024-05-17' });
    expect(r.visits.map((v) => [v.envoy, v.city, v.mode])).toEqual([['Ariel Henry', 'Nairobi', 'in_person']]);
  });
});

describe('a possessive before the head of a side', () => {
  it('gives the visit to "President X\'s special envoy, Y", not to X', () => {
    const r = extract({ id: 't', text: 'The second round of talks was held in Geneva on Saturday. The Iranian side was led by Abbas Araghchi, while the US side was headed by President Donald Trump\'s special envoy, Steve Witkoff.', publishedAt: '2025-04-20' });
    const who = r.visits.map((v) => v.envoy);
    expect(who).toContain('Steve Witkoff');
    expect(who).not.toContain('Donald Trump');
  });
});

describe('past stays in a relative clause', () => {
  it('places "flew in from X, where he had met Y on Friday" in X, dated by the relative clause', () => {
    expect(
      visits('Special envoy Karel Janssen flew into Nairobi on Monday from Addis Ababa, where he had met President Paul Kagame on Friday.'),
    ).toContainEqual(['Karel Janssen', 'Addis Ababa', '2025-02-21', 'in_person']);
  });
});

describe('a journey after "since"', () => {
  it('reads "X, who has stayed abroad since travelling to Y last month" as a past visit to Y', () => {
    expect(
      visits('Foreign Minister Ahmed Nour, who has stayed abroad since travelling to Doha last month for talks, is expected home soon.'),
    ).toContainEqual(['Ahmed Nour', 'Doha', null, 'in_person']);
  });
});

describe('a mediator between the sides', () => {
  it('places "..., with X shuttling between the rival delegations" where the talks of the sentence are', () => {
    expect(
      visits('Sudan and South Sudan held a third round of talks in Addis Ababa on Monday, with AU envoy Karel Janssen shuttling between the rival delegations.'),
    ).toContainEqual(['Karel Janssen', 'Addis Ababa', '2025-02-24', 'in_person']);
  });
});

describe('the heads of the delegations as a subject', () => {
  it('gives "the heads of the two delegations will meet again in X on <day>" to the two heads named before, dated by their own clause', () => {
    expect(
      visits('Foreign Minister Ahmed Nour led the Sudanese delegation, while the other side was headed by envoy Karel Janssen. Experts will convene in Geneva on March 3, and the heads of the two delegations will meet again in Nairobi on March 10, the mediators said.'),
    ).toEqual(
      expect.arrayContaining([
        ['Ahmed Nour', 'Nairobi', '2025-03-10', 'planned'],
        ['Karel Janssen', 'Nairobi', '2025-03-10', 'planned'],
      ]),
    );
  });
});

describe('going back home within a trip', () => {
  it('reads "flew to Belfast on Wednesday, returned to Dublin the same day" by the Taoiseach as one visit, to Belfast', () => {
    const x = extract({ id: 't', text: "The Taoiseach, Mr Bertie Ahern, flew to Belfast on Wednesday morning, returned to Dublin the same day for his mother's funeral.", publishedAt: '1998-04-11' });
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['Bertie Ahern', 'Belfast', '1998-04-08']]);
  });
});

describe('signatories named together', () => {
  it('reads "A, who led the government delegation, and B signed the memorandum at ..." as a visit by each signatory', () => {
    const x = run('The government and the rebels signed a peace agreement in the Finnish capital on Monday. Minister Hamid Awaluddin, who led the government delegation, and rebel prime minister Malik Mahmud signed the memorandum of understanding at the government banquet hall.', '2005-08-16');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([
      ['Hamid Awaluddin', 'Helsinki', '2005-08-15', ['Malik Mahmud']],
      ['Malik Mahmud', 'Helsinki', '2005-08-15', ['Hamid Awaluddin']],
    ]);
  });
});

describe('a past stay in a relative clause', () => {
  it('reads "X, who had visited Doha and Riyadh last month, attended the signing ceremony" as two past stays and the ceremony where the scene is', () => {
    const x = run('Gulf leaders signed the declaration in AlUla on Tuesday. Jared Kushner, who had visited Doha and Riyadh last month to push for a deal, attended the signing ceremony alongside US envoy Avi Berkowitz.', '2021-01-05');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.companions])).toEqual([
      ['Jared Kushner', 'Doha', null, []],
      ['Jared Kushner', 'Riyadh', null, []],
      ['Jared Kushner', 'AlUla', '2021-01-05', ['Avi Berkowitz']],
    ]);
  });
});

describe('going back to a foreign city', () => {
  it('reads "had returned to Banjul with Mrs Sirleaf on 13 January" as a visit to Banjul', () => {
    expect(visits('Nigerian President Muhammadu Buhari had returned to Banjul with Mrs Sirleaf on 13 January, without success.')).toEqual([['Muhammadu Buhari', 'Banjul', '2025-01-13', 'in_person']]);
  });

  it('still reads a return to a city of one\'s own state as no visit ("returned to Abuja")', () => {
    expect(visits('Nigerian President Muhammadu Buhari returned to Abuja on Sunday.')).toEqual([]);
  });
});

describe('a subject named by its title, with an apposition', () => {
  it('reads "The Nigerian president, designated mediator by ECOWAS, had returned to Banjul" as the Nigerian president named before', () => {
    const x = run('Muhammadu Buhari met Yahya Jammeh in December. The Nigerian president, designated mediator by ECOWAS, had returned to Banjul on 13 January, without success.', '2017-01-21');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toContainEqual(['Muhammadu Buhari', 'Banjul', '2017-01-13']);
  });
});

describe('a relative clause after a list of names', () => {
  it('gives "A, B and C, who arrived in Berlin on Saturday" to C alone', () => {
    const x = run('Participants included Russian President Vladimir Putin, Turkish President Recep Tayyip Erdoğan and US Secretary of State Mike Pompeo, who arrived in Berlin on Saturday night.', '2020-01-19');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['Mike Pompeo', 'Berlin', '2020-01-18']]);
  });

  it('gives "A and B, who both travelled to Berlin" to each of them', () => {
    const x = run('The conclusions were endorsed by Prime Minister Fayez al-Sarraj and General Khalifa Haftar, who both travelled to Berlin.', '2020-01-19');
    expect(x.visits.map((v) => v.envoy).sort()).toEqual(['Fayez al-Sarraj', 'Khalifa Haftar']);
  });
});

describe('"will proceed to" and the date of its own clause', () => {
  it('reads "will proceed to Cotabato City on March 29" as a planned visit that day, not the day of an earlier clause', () => {
    expect(visits('Najib will return to Kuala Lumpur tonight, and Foreign Minister Anifah Aman will proceed to Cotabato City on March 29 to meet MILF leaders.')).toEqual([
      ['Anifah Aman', 'Cotabato City', '2025-03-29', 'planned'],
    ]);
  });
});

describe('"the Chancellor"', () => {
  it('resolves to the head of government with that title, not to another state\'s prime minister named nearer', () => {
    expect(
      run('Federal Chancellor Angela Merkel hosted the conference in Berlin. Prime Minister Fayez al-Sarraj was briefed separately. The Chancellor will travel to Istanbul on January 24.', '2020-01-19').visits.map((v) => [v.envoy, v.city, v.date, v.mode]),
    ).toContainEqual(['Angela Merkel', 'Istanbul', '2020-01-24', 'planned']);
  });
});

describe('a denied report', () => {
  it('places nobody with "Reports that X would stop over in Addis Ababa ... were denied by ..."', () => {
    expect(visits('Reports that President Isaias Afwerki would stop over in Addis Ababa on his way home were denied by the Eritrean embassy.')).toEqual([]);
  });

  it('places nobody with "X denied news reports (earlier reports) that A had met B in Geneva"', () => {
    expect(visits('Foreign Minister Paulo Castro denied news reports that he had met rebel envoys in Geneva on Monday.')).toEqual([]);
    expect(visits('Foreign Minister Paulo Castro denied earlier reports that he had met rebel envoys in Geneva on Monday.')).toEqual([]);
  });

  it('places nobody with "X denied reports in the Israeli press that A had met B in Geneva"', () => {
    expect(visits('Foreign Minister Paulo Castro denied reports in the Israeli press that he had met rebel envoys in Geneva on Monday.')).toEqual([]);
  });

  it('still reads a visit told after "reports"', () => {
    expect(visits('UN envoy Hans Grundberg arrived in Muscat on Monday, reports said.')).toContainEqual(['Hans Grundberg', 'Muscat', '2025-02-24', 'in_person']);
  });
});

describe('guests of hosts who are abroad themselves', () => {
  it('gives each foreign guest of "A and B hosted C and D for talks in Ohrid" a visit there', () => {
    const x = run('EU foreign policy chief Josep Borrell and EU envoy Miroslav Lajcak hosted Serbian President Aleksandar Vucic and Kosovar Prime Minister Albin Kurti for twelve hours of talks in the lakeside town of Ohrid, North Macedonia, on March 18.', '2023-03-19');
    expect(x.visits.map((v) => v.envoy).sort()).toEqual(['Albin Kurti', 'Aleksandar Vučić', 'Josep Borrell', 'Miroslav Lajčák']);
    expect(new Set(x.visits.map((v) => v.city))).toEqual(new Set(['Ohrid']));
  });

  it('still gives no visit to a host at home, only to the guest', () => {
    const x = run('Turkish President Recep Tayyip Erdogan hosted Syrian President Ahmed al-Sharaa in Ankara on Tuesday.', '2025-02-04');
    expect(x.visits.map((v) => v.envoy)).toEqual(['Ahmed al-Sharaa']);
  });
});

describe('"who both" after appositions', () => {
  it('gives each of "A, the X, and B, the Y, who both arrived in Nairobi on Sunday" the visit', () => {
    const x = run('Field Marshal Birhanu Jula, the chief of staff of the Ethiopian National Defence Force, and General Tadesse Werede, the commander of the Tigray forces, who both arrived in Nairobi on Sunday, signed the document.', '2022-11-12');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Birhanu Jula', 'Nairobi', '2022-11-06'],
      ['Tadesse Werede', 'Nairobi', '2022-11-06'],
    ]);
  });

  it('still gives "A, the X, and B, the Y, who arrived ..." to B alone', () => {
    const x = run('Field Marshal Birhanu Jula, the chief of staff of the Ethiopian National Defence Force, and General Tadesse Werede, the commander of the Tigray forces, who arrived in Nairobi on Sunday, signed the document.', '2022-11-12');
    expect(x.visits.map((v) => v.envoy)).toEqual(['Tadesse Werede']);
  });
});

describe('a relative named to describe someone', () => {
  it('gives no part in the meeting to "Y" in "X, ... and brother of its leader Y, met ..."', () => {
    const x = run('Lieutenant General Shams al-Din Kabbashi, the army\'s deputy commander-in-chief, and Abdelrahim Hamdan Dagalo, the RSF\'s deputy commander and brother of its leader Mohamed Hamdan Dagalo, met in Manama on 20 January.', '2024-02-10');
    expect(x.visits.map((v) => v.envoy)).toEqual(['Shams al-Din Kabbashi', 'Abdelrahim Hamdan Dagalo']);
    expect(x.visits.flatMap((v) => v.counterparts)).not.toContain('Mohamed Hamdan Dagalo');
  });
});

describe('a hedged announcement', () => {
  it('reads "he would probably travel to Egypt at the end of the week" as a planned trip', () => {
    const x = run('Trump told reporters at the White House that he would probably travel to Egypt at the end of the week for the signing ceremony.', '2025-10-09');
    expect(x.visits.map((v) => [v.envoy, v.city, v.country, v.mode])).toEqual([['Donald Trump', null, 'EG', 'planned']]);
  });
});

describe('the head of a foreign delegation met abroad', () => {
  it('gives "met the Ukrainian delegation headed by X in Jeddah" a visit of X too', () => {
    const x = run('The United States delegation, led by Secretary of State Marco Rubio, met the Ukrainian delegation headed by Head of the Presidential Office Andriy Yermak in Jeddah on Tuesday.', '2025-03-11');
    expect(x.visits.map((v) => [v.envoy, v.city])).toEqual([['Marco Rubio', 'Jeddah'], ['Andriy Yermak', 'Jeddah']]);
  });
});

describe('a delegation head in apposition after the talks\' sentence', () => {
  it('places "The Ukrainian delegation, headed by X, included A and B" at the talks the sentence before placed', () => {
    const x = run('The delegations of Ukraine and the United States held talks in Geneva on Sunday. The American delegation was led by Secretary of State Marco Rubio. The Ukrainian delegation, headed by the head of the Presidential Office Andriy Yermak, included military intelligence chief Kyrylo Budanov.', '2025-11-24');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Marco Rubio', 'Geneva', '2025-11-23'],
      ['Andriy Yermak', 'Geneva', '2025-11-23'],
    ]);
  });
});

describe('a planned trip after a relative clause with its own day', () => {
  it('leaves "X, who met Y in Kyiv on Thursday, is expected to travel to Abu Dhabi in the coming days" undated', () => {
    const x = run('Army Secretary Dan Driscoll, who presented the plan to President Volodymyr Zelensky in Kyiv on Thursday, is expected to travel to Abu Dhabi in the coming days.', '2025-11-24');
    expect(x.visits.filter((v) => v.mode === 'planned').map((v) => [v.city, v.date])).toEqual([['Abu Dhabi', null]]);
  });

  it('still dates "X, who arrived on Monday, will travel to Kigali on Friday" by its own day', () => {
    const x = run('Qatari minister Mohammed Al-Khulaifi, who arrived in Kinshasa on Monday, will travel to Kigali on Friday.', '2025-11-24');
    expect(x.visits.filter((v) => v.mode === 'planned').map((v) => [v.city, v.date])).toEqual([['Kigali', '2025-11-28']]);
  });
});

describe('handing over a plan or a letter', () => {
  it('reads "X, who presented the plan to President Y in Kyiv on Thursday" as a past visit of X', () => {
    const x = run('Army Secretary Dan Driscoll, who presented the plan to President Volodymyr Zelensky in Kyiv on Thursday, is expected to travel to Abu Dhabi in the coming days.', '2025-11-24');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.mode])).toEqual([
      ['Dan Driscoll', 'Kyiv', '2025-11-20', 'in_person'],
      ['Dan Driscoll', 'Abu Dhabi', null, 'planned'],
    ]);
  });

  it('reads "handed a letter to X in Muscat on Saturday" as a meeting there', () => {
    const x = run('US envoy Steve Witkoff handed a letter to Iranian Foreign Minister Abbas Araghchi in Muscat on Saturday.', '2025-04-13');
    expect(x.visits.map((v) => [v.envoy, v.city, v.counterparts])).toEqual([['Steve Witkoff', 'Muscat', ['Abbas Araghchi']]]);
  });
});

describe('the head of a foreign delegation met at a scene set before', () => {
  it('places "met the Ukrainian delegation headed by X at the hotel" where the sentence before set the scene', () => {
    const x = run('Today in Jeddah, Saudi Arabia, the United States and Ukraine took important steps toward peace. The United States delegation, led by Secretary of State Marco Rubio, met the Ukrainian delegation headed by Head of the Presidential Office Andriy Yermak at the Ritz-Carlton Hotel for more than eight hours.', '2025-03-11');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Marco Rubio', 'Jeddah', '2025-03-11'],
      ['Andriy Yermak', 'Jeddah', '2025-03-11'],
    ]);
  });
});

describe('briefing the Security Council in a city (1.19.194)', () => {
  it('reads "briefed the Security Council behind closed doors in New York on Wednesday" as a visit that day', () => {
    const r = extract({ id: 't', text: 'UN envoy Staffan de Mistura briefed the Security Council behind closed doors in New York on Wednesday.', publishedAt: '2024-10-20' });
    expect(r.visits.map((v) => [v.envoy, v.city, v.date, v.mode])).toEqual([['Staffan de Mistura', 'New York', '2024-10-16', 'in_person']]);
  });
});

describe('joining others at a venue (1.19.195)', () => {
  it('reads "A joined the foreign ministers ... at the Palais des Nations in Geneva on Tuesday" as A\'s visit', () => {
    expect(run('President Nikos Christodoulides joined the foreign ministers of Greece and Britain at the Palais des Nations in Geneva on Tuesday for an informal meeting.', '2025-03-19').visits.map((v) => [v.envoy, v.city, v.date, v.mode])).toContainEqual(['Nikos Christodoulides', 'Geneva', '2025-03-18', 'in_person']);
  });
});

describe('those joined abroad came too (1.19.196)', () => {
  it('gives each foreign minister joined "at the Palais des Nations in Geneva" the visit', () => {
    const r = run('President Nikos Christodoulides joined the foreign ministers of Greece and Turkey, George Gerapetritis and Hakan Fidan, at the Palais des Nations in Geneva on Tuesday for an informal meeting.', '2025-03-19');
    expect(r.visits.map((v) => [v.envoy, v.city, v.date])).toEqual(
      expect.arrayContaining([
        ['Nikos Christodoulides', 'Geneva', '2025-03-18'],
        ['George Gerapetritis', 'Geneva', '2025-03-18'],
        ['Hakan Fidan', 'Geneva', '2025-03-18'],
      ]),
    );
  });
});

describe('a host at home who met two foreign ministers (1.19.211)', () => {
  it('reads "Rubio met Armenian Foreign Minister A and Azerbaijani Foreign Minister B in Washington on Friday" as both guests\' visits', () => {
    const v = visits('Secretary of State Marco Rubio met Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov in Washington on Friday.');
    expect(v).toContainEqual(['Ararat Mirzoyan', 'Washington', '2025-02-21', 'in_person']);
    expect(v).toContainEqual(['Jeyhun Bayramov', 'Washington', '2025-02-21', 'in_person']);
    expect(v.map((x) => x[0])).not.toContain('Marco Rubio');
  });
});

describe('the sender of an envoy (1.19.228)', () => {
  it('does not count the head of state who sent the envoy ("as the special envoy of President X") as someone met', () => {
    const x = run('Prime Minister Joseph Dion Ngute arrived in Bamenda on Thursday as the special envoy of President Paul Biya, and met Archbishop Andrew Nkea.', '2019-05-11');
    expect(x.visits.map((v) => [v.envoy, v.city, v.counterparts])).toEqual([['Joseph Dion Ngute', 'Bamenda', ['Andrew Nkea']]]);
  });
});

describe('a welcome at the airport (1.19.229)', () => {
  it('reads "is welcomed by X at <name> airport in <city>" as arriving, even in the traveller\'s own country, and not the airport\'s name as the place', () => {
    const x = run('House Speaker Tagesse Chafo is welcomed by TPLF leader Debretsion Gebremichael at Alula Aba Nega airport in Mekelle on Monday.', '2022-12-27');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([['Tagesse Chafo', 'Mekelle', '2022-12-26', ['Debretsion Gebremichael']]]);
  });

  it('still gives a meeting at home without a journey or an airport no visit', () => {
    expect(run('Justice Minister Gedion Timothewos was welcomed by Getachew Reda in Mekelle on Monday.', '2022-12-27').visits).toEqual([]);
  });
});

describe("a delegation's members told in the next sentence (1.19.233)", () => {
  it("reads 'The delegation included A and B' after the head's visit as companions, across a caption line", () => {
    const x = run(
      'Photo 1 of 6\nHouse Speaker Tagesse Chafo is welcomed by TPLF leader Debretsion Gebremichael at the airport in Mekelle on Monday.\nPhoto 2 of 6\nThe delegation included National Security Adviser Redwan Hussien and Justice Minister Gedion Timothewos.',
      '2022-12-27',
    );
    expect(x.visits.map((v) => [v.envoy, v.companions])).toEqual([['Tagesse Chafo', ['Redwan Hussien', 'Gedion Timothewos']]]);
  });
});

describe('a standfirst above the lead (1.19.234)', () => {
  it('dates a meeting at a venue by the lead under an undated standfirst', () => {
    const x = run(
      'Delegations meet in Istanbul\nThe meeting at Dolmabahçe Palace lasted less than two hours.\n\nISTANBUL — The first direct peace talks between Russia and Ukraine since 2022 opened in Istanbul on Friday.\n\nThe Russian delegation, led by presidential aide Vladimir Medinsky, and the Ukrainian delegation, led by Defence Minister Rustem Umerov, met at the Dolmabahçe Palace.',
      '2025-05-17',
    );
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Vladimir Medinsky', 'Istanbul', '2025-05-16'],
      ['Rustem Umerov', 'Istanbul', '2025-05-16'],
    ]);
  });
});

describe('a guest received after arriving (1.19.235)', () => {
  it('gives "arrived in Bangui on Thursday, where he was received by President X" X as counterpart', () => {
    const x = run('Angolan Foreign Minister Téte António arrived in Bangui on Thursday, where he was received by President Faustin-Archange Touadéra.', '2021-10-16');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([['Téte António', 'Bangui', '2021-10-14', ['Faustin-Archange Touadéra']]]);
  });
});

describe('the first person under a transcript label (1.19.247)', () => {
  it('gives "DE MISTURA: Yes. I was in Algiers on Thursday, where I met X" to the labelled speaker', () => {
    const raw =
      'Interview with the Personal Envoy\n\nQUESTION: Where have you been this week?\n\nDE MISTURA: Yes. I was in Algiers on Thursday, where I met Foreign Minister Ahmed Attaf.\n';
    const v = extract({ id: 't', text: raw, publishedAt: '2024-09-14' }).visits.map((x) => [x.envoy, x.city, x.date]);
    expect(v).toContainEqual(['Staffan de Mistura', 'Algiers', '2024-09-12']);
  });
});

describe('a meeting the day before a stay told next (1.19.247)', () => {
  it('dates "I met X on Sunday. I also met Y here in Doha this morning" from Sunday', () => {
    const raw =
      'Press conference by Rosemary DiCarlo.\n\nUSG DICARLO: Yes. I met Zabihullah Mujahid on Sunday, and we discussed drugs. I also met representatives of civil society here in Doha this morning.\n';
    const v = extract({ id: 't', text: raw, publishedAt: '2024-07-01' }).visits.map((x) => [x.envoy, x.city, x.date]);
    expect(v).toEqual([['Rosemary DiCarlo', 'Doha', '2024-06-30']]);
  });
});

describe('a caption\'s position markers (1.19.252)', () => {
  it('reads "X (L) and Y (R) sign the agreement at ... in Istanbul" as the coordinated signers', () => {
    const v = run('ISTANBUL - JULY 22: Russian Defence Minister Sergei Shoigu (L) and Ukrainian Infrastructure Minister Oleksandr Kubrakov (R) sign the grain agreement at Dolmabahçe Palace in Istanbul on July 22, 2022.', '2022-07-22').visits.map((x) => [x.envoy, x.city, x.date]);
    expect(v).toContainEqual(['Sergei Shoigu', 'Istanbul', '2022-07-22']);
  });
});

describe('a co-signer at home (1.19.252)', () => {
  it('gives no visit to the host state\'s minister of "A (L) and B (R) sign the agreement in Istanbul"', () => {
    const v = run('ISTANBUL - JULY 22: Russian Defence Minister Sergei Shoigu (L) and Turkish Defence Minister Hulusi Akar (R) sign the grain corridor agreement at Dolmabahçe Palace in Istanbul on July 22, 2022.', '2022-07-22').visits.map((x) => x.envoy);
    expect(v).toEqual(['Sergei Shoigu']);
  });
});

describe('the dateline city among the lead\'s cities (1.19.253)', () => {
  it('sets the scene in Nairobi for "NAIROBI -- ... signed in Kenya\'s capital Nairobi ... agreed in Pretoria on Nov. 2"', () => {
    const raw =
      "NAIROBI, Nov. 12 (Xinhua) -- Senior military commanders of the Ethiopian government and the TPLF on Saturday signed a declaration in Kenya's capital Nairobi on implementing the cessation of hostilities agreed in Pretoria on Nov. 2.\n\nThe talks, which began on Monday, were facilitated by the African Union.\n\nThe Ethiopian delegation was led by Field Marshal Birhanu Jula, while the TPLF side was led by General Tadesse Werede.\n";
    const v = extract({ id: 't', text: raw, publishedAt: '2022-11-12' }).visits.map((x) => [x.envoy, x.city]);
    expect(v).toContainEqual(['Birhanu Jula', 'Nairobi']);
    expect(v.some((x) => x[1] === 'Pretoria')).toBe(false);
  });
});

describe('a timeline entry\'s heading date (1.19.254)', () => {
  it('dates "March 22, 2022: X meets Y in Naypyitaw" by its heading date', () => {
    const raw = 'Timeline\n\nHere is how it unfolded:\n\nMarch 22, 2022: Brunei Second Foreign Minister Erywan Yusof, the first special envoy, meets Min Aung Hlaing in Naypyitaw.\n';
    expect(extract({ id: 't', text: raw, publishedAt: '2024-01-12' }).visits.map((x) => [x.envoy, x.city, x.date])).toEqual([['Erywan Yusof', 'Naypyitaw', '2022-03-22']]);
  });

  it('dates dashed entries in a run ("Feb 5 - ...", "Feb 9 - ...") by their heading dates, even days before publication', () => {
    const raw = 'TIMELINE\n\nFeb 5 - Angela Merkel meets Petro Poroshenko in Kyiv.\n\nFeb 9 - Angela Merkel visits Washington.\n';
    expect(extract({ id: 't', text: raw, publishedAt: '2015-02-12' }).visits.map((x) => [x.envoy, x.city, x.date])).toEqual([
      ['Angela Merkel', 'Kyiv', '2015-02-05'],
      ['Angela Merkel', 'Washington', '2015-02-09'],
    ]);
  });

  it('reads a timeline\'s present tense "fly to", "travel to", "returns to" as trips', () => {
    const raw = 'TIMELINE\n\nFeb 5 - Angela Merkel and French President Francois Hollande fly to Kyiv.\n\nFeb 6 - Angela Merkel travels to Moscow.\n\nFeb 9 - Angela Merkel returns to Kyiv.\n';
    expect(extract({ id: 't', text: raw, publishedAt: '2015-02-12' }).visits.map((x) => [x.envoy, x.city, x.date])).toEqual([
      ['Angela Merkel', 'Kyiv', '2015-02-05'],
      ['François Hollande', 'Kyiv', '2015-02-05'],
      ['Angela Merkel', 'Moscow', '2015-02-06'],
      ['Angela Merkel', 'Kyiv', '2015-02-09'],
    ]);
  });

  it('keeps a wire\'s lone "Feb 12 -" dateline furniture and reads no trip from "agreed to travel to"', () => {
    expect(extract({ id: 't', text: 'Feb 12 - Angela Merkel met Petro Poroshenko in Kyiv on Tuesday.', publishedAt: '2015-02-12' }).visits.map((x) => x.date)).toEqual(['2015-02-10']);
    expect(extract({ id: 't', text: 'Angela Merkel agreed to travel to Kyiv.', publishedAt: '2015-02-12' }).visits.map((x) => x.mode)).not.toContain('in_person');
  });
});

describe('"flanked by" at the talks (1.19.255)', () => {
  it('places the person flanking a delegation head at the talks', () => {
    const x = run('The government and the ELN agreed on Tuesday in Havana to extend the ceasefire, at the close of the sixth cycle of the peace talks.\n\nThe head of the Government delegation, Vera Grabe, read the joint statement at the El Laguito protocol complex, flanked by the chief negotiator of the guerrilla, Pablo Beltrán.', '2024-02-06');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toContainEqual(['Pablo Beltrán', 'Havana', '2024-02-06']);
  });
});

describe('a caption\'s "signs a document with" (1.19.256)', () => {
  it('places "X signs a mirror document with A and B at the same ceremony" where the caption before placed the ceremony', () => {
    const raw =
      'Photo 1 of 2\nISTANBUL - JULY 22: Russian Defence Minister Sergei Shoigu (L) and Turkish Defence Minister Hulusi Akar (R) sign the grain corridor agreement at Dolmabahçe Palace in Istanbul on July 22, 2022.\n\nPhoto 2 of 2\nUkrainian Infrastructure Minister Oleksandr Kubrakov signs a mirror document with Akar and Guterres at the same ceremony.\n';
    const v = extract({ id: 't', text: raw, publishedAt: '2022-07-22' }).visits.map((x) => [x.envoy, x.city, x.date]);
    expect(v).toContainEqual(['Oleksandr Kubrakov', 'Istanbul', '2022-07-22']);
  });
});

describe('negated visit triggers', () => {
  it('reads no visit from "He never went to Niamey"', () => {
    expect(run('Togo\'s foreign minister, Robert Dussey, said the door was open. He never went to Niamey.', '2025-01-30').visits.map((v) => [v.envoy, v.city])).toEqual([]);
  });

  it('reads no visit from "has not visited Niamey"', () => {
    expect(run('Togo\'s foreign minister, Robert Dussey, has not visited Niamey since July.', '2025-01-30').visits.map((v) => [v.envoy, v.city])).toEqual([]);
  });

  it('keeps the visit of "went to Niamey"', () => {
    expect(run('Togo\'s foreign minister, Robert Dussey, went to Niamey on Tuesday.', '2025-01-30').visits.map((v) => [v.envoy, v.city])).toEqual([['Robert Dussey', 'Niamey']]);
  });
});

describe('a passive signing names its signatories (1.19.302)', () => {
  it('reads "The deal was signed in Pretoria by A, ..., and B, ..." as each signatory\'s stay, dated by the lead', () => {
    const x = run("PRETORIA, Nov 2 (Reuters) - The government and the rebels signed an agreement on Wednesday.\n\nThe deal was signed in Pretoria by Redwan Hussien, national security adviser to Prime Minister Abiy Ahmed, who led the government delegation, and Getachew Reda, spokesman of the TPLF, after ten days of talks mediated by the African Union.", '2022-11-02');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([
      ['Redwan Hussien', 'Pretoria', '2022-11-02', ['Getachew Reda']],
      ['Getachew Reda', 'Pretoria', '2022-11-02', ['Redwan Hussien']],
    ]);
  });

  it('reads "signed for Kinshasa by A ... and for the rebels by B ..., in the presence of C" in the city of the sentence before', () => {
    const x = run('The government and the AFC/M23 signed a declaration of principles in Doha on Saturday, July 19.\n\nThe text was signed for Kinshasa by Sumbu Sita Mutshi, coordinator of the monitoring mechanism, and for the rebels by Benjamin Mbonimpa, executive secretary of the AFC/M23, in the presence of the Qatari Minister of State Mohammed Al-Khulaifi.', '2025-07-20');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([
      ['Sumbu Sita Mutshi', 'Doha', '2025-07-19', ['Benjamin Mbonimpa', 'Mohammed Al-Khulaifi']],
      ['Benjamin Mbonimpa', 'Doha', '2025-07-19', ['Sumbu Sita Mutshi', 'Mohammed Al-Khulaifi']],
    ]);
  });

  it('dates "signed by A and B after talks hosted by China from March 6 to 10" by the last day of the talks', () => {
    const x = run('Iran and Saudi Arabia agreed in Beijing to restore relations.\n\nThe agreement was signed by Ali Shamkhani, secretary of the Supreme National Security Council, and Musaed Al-Aiban, national security adviser, after talks hosted by China from March 6 to 10.', '2023-03-11');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Ali Shamkhani', 'Beijing', '2023-03-10'],
      ['Musaed Al-Aiban', 'Beijing', '2023-03-10'],
    ]);
  });

  it('dates a signing placed by the talks told before it by their day, but not by an arrival\'s', () => {
    const text = (lead: string) => `${lead} The accord was signed by Ivan Cepeda, head of the government delegation, and Pablo Beltran, who leads the delegation of the ELN.`;
    expect(run(text('The two sides resumed their talks in Caracas on Monday.')).visits.map((v) => v.date)).toEqual(['2025-02-24', '2025-02-24']);
    expect(run(text('The delegations arrived in Caracas on Monday.')).visits.map((v) => v.date)).toEqual([null, null]);
    // ("land" as a noun is no landing)
    expect(run(text('The two sides resumed their talks on the land border in Caracas on Monday.')).visits.map((v) => v.date)).toEqual(['2025-02-24', '2025-02-24']);
  });

  it('places "X, who attended the ceremony" at the signing, but not "X, who attended the talks", which may have run for days before it', () => {
    const text = (what: string) =>
      `The government and the TPLF signed a cessation of hostilities agreement in Pretoria on Wednesday after ten days of talks. The agreement was signed by Redwan Hussien, national security adviser, and Getachew Reda, spokesperson of the TPLF. The deal silences the guns. The AU praised it. US envoy Mike Hammer, who attended the ${what} as an observer, will travel to Mekelle in the coming weeks.`;
    const hammer = (what: string) => run(text(what), '2022-11-03').visits.filter((v) => v.envoy === 'Mike Hammer' && v.mode === 'in_person').map((v) => [v.city, v.date]);
    expect(hammer('ceremony')).toEqual([['Pretoria', '2022-11-02']]);
    expect(hammer('talks')).toEqual([]);
  });

  it('gives no visit to one signatory alone or to a signing without a place', () => {
    expect(run('The accord was signed by Redwan Hussien and Getachew Reda.', '2022-11-02').visits).toEqual([]);
    expect(run('The memorandum was signed in Pretoria by Redwan Hussien.', '2022-11-02').visits).toEqual([]);
  });
});

describe('a briefing transcript', () => {
  it('gives a trip told under a spokesperson\'s label to its subject, not to the spokesperson, and "the Prime Minister" to the one named before, not the one met', () => {
    const text = 'Shri Karan Mehta, Official Spokesperson: On Monday the minister met Prime Minister Shri Ravi Menon in New Delhi.\n\nShri Karan Mehta, Official Spokesperson: The Prime Minister will travel to Japan from August 29 for the annual summit with Prime Minister Shigeru Ishiba.';
    expect(run(text, '2025-08-21').visits.map((v) => [v.envoy, v.country, v.date, v.mode, v.counterparts])).toEqual([['Ravi Menon', 'JP', '2025-08-29', 'planned', ['Shigeru Ishiba']]]);
  });
});

describe('a departure', () => {
  it('reads "He left for Kabul on Wednesday" as a trip made, and keeps a meeting between it and the stay before in that stay', () => {
    const text = 'Foreign Minister Wang Yi arrived in New Delhi on Monday. On Tuesday he held talks with National Security Advisor Ajit Doval. He left for Kabul on Wednesday morning.';
    expect(run(text, '2025-08-21').visits.filter((v) => v.envoy === 'Wang Yi').map((v) => [v.city, v.date, v.counterparts])).toEqual([
      ['New Delhi', '2025-08-18', ['Ajit Doval']],
      ['Kabul', '2025-08-20', []],
    ]);
  });

  it('takes no trip from "left for" followed by no place name ("before the delegation left for the border")', () => {
    const text =
      'The letters were handed over in Naqoura on Thursday. US envoy Amos Hochstein said he would brief Prime Minister Yair Lapid in Jerusalem tomorrow. In Jerusalem, Lapid told his cabinet, which approved the agreement this morning, that it was historic. Lapid signed the document in his office before the delegation left for the border.';
    expect(run(text, '2022-10-27').visits.filter((v) => v.envoy === 'Yair Lapid')).toEqual([]);
  });
});

describe('a transit', () => {
  it('gives no visit to "a refuelling stop in Guam" on the way home', () => {
    const x = run('US President Donald Trump met Kim Jong Un in Singapore. Mr Trump has already left for Washington, via a refuelling stop in Guam.', '2018-06-12');
    expect(x.visits.filter((v) => v.envoy === 'Donald Trump').map((v) => [v.envoy, v.city])).toEqual([['Donald Trump', 'Singapore']]);
  });
});

describe('one stay from an arrival', () => {
  it('dates "X, who flew into Harare on Sunday, witnessed the signing" (on Monday) by the arrival, as one visit', () => {
    const x = run('The two parties signed the agreement in Harare on Monday, ending talks facilitated by South African President Thabo Mbeki. President Mbeki, who flew into Harare on Sunday, witnessed the signing.', '2008-09-16');
    expect(x.visits.filter((v) => v.envoy === 'Thabo Mbeki').map((v) => [v.city, v.date])).toEqual([['Harare', '2008-09-14']]);
  });

  it('keeps a dated meeting its own day when the landing is told only much later, as background', () => {
    const filler = ' The talks covered trade. The sides discussed sanctions. Observers welcomed the meeting.';
    const x = run(`Foreign Minister Asaad al-Shaibani met Saudi Foreign Minister Faisal bin Farhan in Riyadh on Thursday.${filler}${filler} Al-Shaibani landed in Riyadh late on Wednesday.`, '2025-01-03');
    expect(x.visits.filter((v) => v.envoy === 'Asaad al-Shaibani').map((v) => v.date)).toContain('2025-01-02');
  });
});

describe('an office by its initials', () => {
  it('gives "the NSA was in Beijing" and "EAM was in Beijing" to the national security adviser and the external affairs minister named before', () => {
    const text = 'Wang Yi held talks with External Affairs Minister Ravi Menon and National Security Advisor Karan Mehta in New Delhi on Monday. The NSA was in Beijing in December for the last round. EAM was in Beijing on July 14.';
    expect(run(text, '2025-08-21').visits.filter((v) => v.city === 'Beijing').map((v) => [v.envoy, v.date])).toEqual([
      ['Karan Mehta', null],
      ['Ravi Menon', '2025-07-14'],
    ]);
  });
});

describe('a counted plural of an office as the subject (1.19.325)', () => {
  it('gives "The three leaders arrived in Astana on Monday" to each of the three heads named together before', () => {
    const x = run('Emmanuel Macron, Olaf Scholz and Cyril Ramaphosa ended their summit on Tuesday. The three leaders had arrived in Astana on Monday.', '2023-05-10');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date]).sort()).toEqual([
      ['Cyril Ramaphosa', 'Astana', '2023-05-08'],
      ['Emmanuel Macron', 'Astana', '2023-05-08'],
      ['Olaf Scholz', 'Astana', '2023-05-08'],
    ]);
  });

  it('reads "the two ministers met in Vienna" as both ministers named before, each at the meeting', () => {
    const x = run('Foreign ministers Hakan Fidan and Ararat Mirzoyan spoke of progress. On Friday the two ministers met in Vienna.', '2024-03-02');
    expect(x.visits.map((v) => [v.envoy, v.city]).sort()).toEqual([
      ['Ararat Mirzoyan', 'Vienna'],
      ['Hakan Fidan', 'Vienna'],
    ]);
  });

  it('gives nobody a trip from a counted plural whose verb is no journey and places nothing ("agreed")', () => {
    expect(run('Emmanuel Macron and Olaf Scholz spoke in Paris on Monday. The two leaders agreed on Tuesday to meet again.', '2023-05-10').visits.map((v) => v.envoy)).not.toContain('Olaf Scholz');
  });
});

describe('ministers styled secretary (1.19.326)', () => {
  it('reads "the Foreign Secretary" as the British foreign secretary the article named', () => {
    const x = run('British Foreign Secretary David Lammy said the ceasefire must hold. The Foreign Secretary travelled to Islamabad on Friday.', '2025-05-18');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['David Lammy', 'Islamabad', '2025-05-16']]);
  });

  it('reads "the Secretary" as the Secretary of State named before', () => {
    const x = run('Secretary of State Antony Blinken said the talks went well. The Secretary was in Aqaba on Saturday with the Arab Contact Group.', '2024-12-16');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['Antony Blinken', 'Aqaba', '2024-12-14']]);
  });

  it('does not read "the Secretary-General" as a minister named before', () => {
    const x = run('Russia\'s Defence Minister Sergei Shoigu signed in Istanbul on Friday. The Secretary-General returns to New York on Saturday.', '2022-07-22');
    expect(x.visits.filter((v) => v.city === 'New York').map((v) => v.envoy)).not.toContain('Sergei Shoigu');
  });
});

describe('counted plurals across sentences and after a coordinated subject (1.19.327)', () => {
  it('gathers "the two leaders" from one leader named in each of the sentences before', () => {
    const x = run('Emmanuel Macron landed in Rome on Thursday evening. Olaf Scholz arrived in Rome on Thursday as well. The two leaders last met face to face in Vienna on March 3.', '2023-05-12');
    expect(x.visits.filter((v) => v.city === 'Vienna').map((v) => [v.envoy, v.date]).sort()).toEqual([
      ['Emmanuel Macron', '2023-03-03'],
      ['Olaf Scholz', '2023-03-03'],
    ]);
  });

  it('takes the coordinated subject of the sentence before, not the leader they met ("A and B fly to X and meet C. The two leaders are in Y")', () => {
    const x = run('Feb 5 - Emmanuel Macron and Olaf Scholz fly to Kyiv and meet Volodymyr Zelensky.\nFeb 6 - The two leaders are in Moscow for talks with Vladimir Putin.', '2023-02-12');
    expect(x.visits.filter((v) => v.city === 'Moscow').map((v) => v.envoy).sort()).toEqual(['Emmanuel Macron', 'Olaf Scholz']);
  });
});

describe('a next stop named by a copula (1.19.331)', () => {
  it('reads "X\'s next stop will be Nairobi, and then Kampala" as planned visits to both', () => {
    expect(visits('Mike Hammer met officials in Addis Ababa on Monday. Hammer\'s next stop will be Nairobi, and then Kampala, where he is to meet Yoweri Museveni.').filter((v) => v[3] === 'planned')).toEqual([
      ['Mike Hammer', 'Nairobi', null, 'planned'],
      ['Mike Hammer', 'Kampala', null, 'planned'],
    ]);
  });

  it('reads the stop after an attribution set off by commas ("next stop, a spokesperson said on Thursday, will be Nairobi")', () => {
    expect(visits('Mike Hammer met officials in Addis Ababa on Monday. Hammer\'s next stop, a State Department spokesperson said on Thursday, will be Nairobi.').filter((v) => v[3] === 'planned')).toEqual([['Mike Hammer', 'Nairobi', null, 'planned']]);
  });
});

describe('an elided delegation headed again (1.19.332)', () => {
  it('reads "Armenia\'s was again headed by X" after the delegations met in Vienna as X at the talks', () => {
    const x = run('The Armenian and Azerbaijani delegations met in Vienna on Monday for a second round of talks. Armenia\'s was again headed by Deputy Foreign Minister Karen Sargsyan.', '2025-06-03');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['Karen Sargsyan', 'Vienna', '2025-06-02']]);
  });
});

describe('a meeting of a counted plural that took place somewhere (1.19.333)', () => {
  it('reads "The previous meeting of the two leaders took place in Abu Dhabi on July 10" as both leaders named before', () => {
    const x = run('Nikol Pashinyan landed on Thursday. Ilham Aliyev arrived on Thursday as well. The previous meeting of the two leaders took place in Abu Dhabi on July 10.', '2025-08-08');
    expect(x.visits.filter((v) => v.city === 'Abu Dhabi').map((v) => [v.envoy, v.date]).sort()).toEqual([
      ['Ilham Aliyev', '2025-07-10'],
      ['Nikol Pashinyan', '2025-07-10'],
    ]);
  });

  it('gives nobody the meeting when more leaders than counted are named', () => {
    const x = run('Nikol Pashinyan, Ilham Aliyev and Donald Trump signed the text. The previous meeting of the two leaders took place in Abu Dhabi on July 10.', '2025-08-08');
    expect(x.visits.filter((v) => v.city === 'Abu Dhabi')).toEqual([]);
  });
});

describe('a person brought or taken somewhere (1.19.334)', () => {
  it('reads "The backchannel brought Saudi ambassador X to Sanaa on April 9" as X\'s visit', () => {
    expect(visits('The backchannel that followed brought Saudi ambassador Mohammed Al Jaber to Sanaa on April 9, where he met the Houthi leaders.')).toEqual([['Mohammed Al Jaber', 'Sanaa', '2024-04-09', 'in_person']]);
  });

  it('gives the trip to the person taken, not to the one who took them, and none when no person is brought', () => {
    expect(visits('Donald Trump took Benjamin Netanyahu to Camp David on Friday.').map((v) => v[0])).toEqual(['Benjamin Netanyahu']);
    expect(visits('The ruling brought the dispute to The Hague on Friday.')).toEqual([]);
  });
});

describe('a state named before a minister\'s title', () => {
  it('places "flew in from Istanbul on Tuesday night and met US Secretary of State X" where the scene was set, not in the US', () => {
    const text = 'GENEVA // The conference opened in Montreux on Wednesday.\n\nOpposition leader Karim Haddad flew in from Istanbul on Tuesday night and met US Secretary of State Daniel Price the next morning.';
    expect(run(text, '2014-01-24').visits.map((v) => [v.envoy, v.city, v.country])).toEqual([['Karim Haddad', 'Montreux', 'CH']]);
  });
});

describe('chairing a meeting', () => {
  it('reads "A and B co-chaired a ministerial meeting on Libya in Rome on Sunday" as a meeting in Rome; the host minister is at home', () => {
    const text = 'Italian Foreign Minister Paolo Gentiloni and Secretary of State John Kerry co-chaired a ministerial meeting on Libya in Rome on Sunday.';
    expect(run(text, '2015-12-18').visits.map((v) => [v.envoy, v.city, v.date, v.mode])).toEqual([['John Kerry', 'Rome', '2015-12-13', 'in_person']]);
  });

  it('does not read "the meeting was chaired by" or a chair without a place as a visit of its own', () => {
    expect(run('The envoy chaired a meeting of the monitoring committee on Sunday.', '2015-12-18').visits).toEqual([]);
  });
});

describe('signatories listed after "by"', () => {
  it('gives each head of state of "signed at Lusaka on 10 July by the Heads of State of A, X, of B, Y, and of C, Z" a visit to Lusaka', () => {
    const text =
      'The Ceasefire Agreement was signed at Lusaka on 10 July 1999 by the Heads of State of Angola, José Eduardo dos Santos, of Namibia, Sam Nujoma, and of Zimbabwe, Robert Mugabe, in the presence of President Chiluba.';
    expect(run(text, '1999-07-15').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['José Eduardo dos Santos', 'Lusaka', '1999-07-10'],
      ['Sam Nujoma', 'Lusaka', '1999-07-10'],
      ['Robert Mugabe', 'Lusaka', '1999-07-10'],
    ]);
  });

  it('takes every name of "signed in Pretoria on Monday by A, B and C" without an Oxford comma', () => {
    const text = 'The accord was signed in Pretoria on Monday by Prime Minister Ali Hassan Khalil, Foreign Minister Jeyhun Bayramov and Foreign Minister Ararat Mirzoyan.';
    expect(run(text, '2024-03-05').visits.map((v) => v.envoy).sort()).toEqual(['Ali Hassan Khalil', 'Ararat Mirzoyan', 'Jeyhun Bayramov']);
  });
});

describe('"the Secretary" and briefings by phone', () => {
  it('gives "The Secretary spoke by phone on Sunday with X" and "The Secretary plans to go ... to Brussels" to the Secretary of State named before', () => {
    const text =
      'Secretary of State Madeleine Albright is in Rambouillet.\n\nThe Secretary spoke by phone on Sunday with Foreign Minister Igor Ivanov.\n\nThe Secretary plans to go from Rambouillet to Brussels on Wednesday.';
    expect(run(text, '1999-02-22').visits.map((v) => [v.envoy, v.city, v.date, v.mode])).toEqual([
      ['Madeleine Albright', 'Rambouillet', null, 'in_person'],
      ['Madeleine Albright', null, '1999-02-21', 'virtual'],
      ['Madeleine Albright', 'Brussels', '1999-02-24', 'planned'],
    ]);
  });

  it('reads "He briefed the minister by phone last night" as a virtual meeting of the evening before', () => {
    const text = 'Ambassador Chris Hill went to Belgrade yesterday and saw President Milosevic. He briefed the minister by phone last night.';
    expect(run(text, '1999-02-22').visits.map((v) => [v.envoy, v.city, v.date, v.mode])).toEqual([
      ['Christopher Hill', 'Belgrade', '1999-02-21', 'in_person'],
      ['Christopher Hill', null, '1999-02-21', 'virtual'],
    ]);
  });

  it('does not read a lowercase "the party secretary" as an office the article named', () => {
    const text = 'Secretary of State Madeleine Albright is in Rambouillet. On Sunday the party secretary flew to Brussels.';
    expect(run(text, '1999-02-22').visits.filter((v) => v.city === 'Brussels')).toEqual([]);
  });
});

describe('timeline entries without a verb', () => {
  it('reads "March 1, 2021 - Khalilzad in Kabul, where he meets Ghani" as a stay on the heading\'s day', () => {
    const text =
      'The talks resumed in Moscow on Thursday.\n\nTIMELINE\nSept. 12, 2020 - Intra-Afghan negotiations open in Doha.\nMarch 1, 2021 - Zalmay Khalilzad in Kabul, where he meets Ashraf Ghani.\nMarch 18, 2021 - The extended troika meets in Moscow.';
    expect(run(text, '2021-03-20').visits.filter((v) => v.envoy === 'Zalmay Khalilzad').map((v) => [v.city, v.date, v.mode])).toEqual([['Kabul', '2021-03-01', 'in_person']]);
  });

  it('does not read "in" after a lowercase verb or outside a timeline entry as a stay of its own', () => {
    expect(run('Zalmay Khalilzad in Kabul is a familiar sight.', '2021-03-20').visits).toEqual([]);
  });
});

describe('"the Secretary" among other secretaries', () => {
  it('gives "The Secretary spoke by phone" to the Secretary of State, not to a Foreign Secretary named closer', () => {
    const text =
      'Secretary Madeleine Albright is in Rambouillet.\n\nShe met Foreign Secretary Robin Cook on Saturday.\n\nThe Secretary spoke by phone on Sunday with Foreign Minister Igor Ivanov.';
    expect(run(text, '1999-02-22').visits.filter((v) => v.mode === 'virtual').map((v) => v.envoy)).toEqual(['Madeleine Albright']);
  });
});

describe('"flew in from" the place left', () => {
  it('places "X, who flew in from New York on Thursday morning, met Y" where the article\'s events are, even when that scene was set several sentences before', () => {
    const filler = ' The crowd applauded. The speeches were long. The weather was mild. Bands played in the square.';
    const text = `President Alfredo Cristiani arrived in Mexico City on Wednesday afternoon.${filler} Boutros Boutros-Ghali, who flew in from New York on Thursday morning, met President Cristiani before the ceremony.`;
    expect(run(text, '1992-01-17').visits.filter((v) => v.envoy === 'Boutros Boutros-Ghali').map((v) => [v.city, v.date])).toEqual([['Mexico City', '1992-01-16']]);
  });
});

describe('companions listed with commas, a residence as the venue, and "the President"', () => {
  it('keeps every name of "X, accompanied by A, B and C, was welcomed by Y at the Bocharov Ruchei residence" a companion of X, in Sochi', () => {
    const text =
      'Erdoğan, accompanied by Foreign Minister Mevlüt Çavuşoğlu, Defense Minister Hulusi Akar and intelligence chief Hakan Fidan, was welcomed by Putin at the Bocharov Ruchei residence.';
    const x = run(text, '2018-09-17');
    expect(x.visits.map((v) => [v.envoy, v.city])).toEqual([['Recep Tayyip Erdogan', 'Sochi']]);
    expect([...x.visits[0].companions].sort()).toEqual(['Hakan Fidan', 'Hulusi Akar', 'Mevlut Cavusoglu']);
  });

  it('does not read "the President" as a king named just before', () => {
    const text = 'On Saturday, President Ashraf Ghani discussed the talks by telephone with King Abdullah II. The President will travel to Doha in January.';
    expect(run(text, '2019-11-27').visits.filter((v) => v.mode === 'planned').map((v) => v.envoy)).toEqual(['Ashraf Ghani']);
  });
});

describe('an interview answer labelled by a surname', () => {
  it('gives "Brahimi: ... I will brief the Security Council in New York on Thursday" to the person of that surname', () => {
    const text = 'The UN envoy Lakhdar Brahimi spoke to us after the signing.\n\nDW: What comes next?\n\nBrahimi: I will brief the Security Council in New York on Thursday, and then I will go to Kabul.';
    expect(run(text, '2001-12-05').visits.map((v) => [v.envoy, v.city, v.mode])).toEqual([
      ['Lakhdar Brahimi', 'New York', 'planned'],
      ['Lakhdar Brahimi', 'Kabul', 'planned'],
    ]);
  });
});

describe('announced returns', () => {
  it('reads "is expected to return to <city>" as a planned trip of a foreign envoy', () => {
    expect(visits('UN envoy Hans Grundberg is expected to return to Muscat next week to see the Houthi negotiators.')).toEqual([['Hans Grundberg', 'Muscat', null, 'planned']]);
  });

  it('reads no trip into going back home, or into the return of someone the text does not place abroad', () => {
    expect(visits('US Secretary of State Antony Blinken is expected to return to Washington on Friday.')).toEqual([]);
    expect(visits('Opposition negotiator Amir Zelkan is expected to return to Khartoum on Friday.')).toEqual([]);
    // a place of a state that seceded later lay in the traveller's state then
    expect(run('SPLM chairman John Garang is expected to return to Rumbek on Wednesday.', '2005-01-10').visits).toEqual([]);
    // the return's own place only: the next clause's stop is the next subject's
    expect(visits('UN envoy Hans Grundberg is scheduled to return to Stockholm tonight, and Houthi negotiator Mohammed Abdulsalam will proceed to Riyadh on Friday.').map((v) => v[0])).not.toContain('Hans Grundberg');
  });
});

describe('the witnesses of a signing', () => {
  it('gives each foreign witness named after "in the presence of" a visit where and when the text was signed', () => {
    const text = 'The ceasefire agreement was signed in Addis Ababa on Tuesday in the presence of Kenyan President Uhuru Kenyatta, UN envoy Nicholas Haysom and Ethiopian Prime Minister Abiy Ahmed.';
    expect(run(text, '2022-11-03').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Uhuru Kenyatta', 'Addis Ababa', '2022-11-01'],
      ['Nicholas Haysom', 'Addis Ababa', '2022-11-01'],
    ]);
  });

  it('takes the scene\'s city over a venue name alone, and leaves the head of an organisation at its seat', () => {
    const text = 'BAMAKO, June 21 -- Mali\'s government and the rebel coordination met again in the Malian capital on Friday.\nThe accord was signed at the Palais des Nations on Friday, witnessed by Algerian Foreign Minister Ramtane Lamamra.';
    expect(run(text, '2015-06-21').visits.map((v) => [v.envoy, v.city])).toEqual([['Ramtane Lamamra', 'Bamako']]);
    expect(run('The act was signed in New York on Tuesday in the presence of UN Secretary-General Ban Ki-moon.', '2015-06-21').visits).toEqual([]);
  });

  it('gives no visit to the witnesses of a signing still to come, nor to the subjects of "in the presence of which"', () => {
    expect(run('The accord will be signed in Addis Ababa on Friday in the presence of UN envoy Nicholas Haysom.', '2022-11-03').visits.filter((v) => v.mode === 'in_person')).toEqual([]);
    const rel = run('The accord was signed in Addis Ababa on Tuesday, in the presence of which UN envoy Nicholas Haysom spoke.', '2022-11-03');
    expect(rel.visits.map((v) => v.envoy)).not.toContain('Nicholas Haysom');
  });
});

describe('a when-clause after a place', () => {
  it('places "..., which began in Moscow on October 9, when A received B and C" in Moscow, on that day', () => {
    const text = 'The ceasefire came out of the consultations that began here in Moscow on October 9, when Foreign Minister Sergey Lavrov received Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Zohrab Mnatsakanyan.';
    expect(run(text, '2020-11-10').visits.map((v) => [v.envoy, v.city, v.date]).sort()).toEqual([
      ['Jeyhun Bayramov', 'Moscow', '2020-10-09'],
      ['Zohrab Mnatsakanyan', 'Moscow', '2020-10-09'],
    ]);
  });

  it('keeps the place the when-clause names itself', () => {
    const x = run('The process began in Geneva in 2019, when UN envoy Geir Pedersen met Sergey Lavrov in Sochi.', '2020-11-10');
    expect(x.visits.map((v) => [v.envoy, v.city])).toEqual([['Geir Pedersen', 'Sochi']]);
  });
});

describe('a where-clause after a place and its day', () => {
  it('places "the meeting in Riyadh on February 18, where A held talks with B" in Riyadh, on that day', () => {
    const x = run('The new round grew out of the meeting in Riyadh on February 18, where Sergei Lavrov held talks with Marco Rubio.', '2025-03-01');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toContainEqual(['Sergei Lavrov', 'Riyadh', '2025-02-18']);
  });

  it('reads no visit into a where-clause whose subject is no person ("where the two sides have repeatedly met")', () => {
    const x = run('UN envoy Hans Grundberg will speak with the Houthis in Muscat, where the two sides have repeatedly met.', '2025-03-01');
    expect(x.visits.filter((v) => v.mode === 'in_person')).toEqual([]);
  });
});

describe('being driven or flown somewhere', () => {
  it('reads "was driven to", "was flown to" and "drove to" as a journey of the subject', () => {
    expect(visits('Ehud Barak was flown to Camp David by helicopter on Tuesday.').map((v) => [v[0], v[1]])).toEqual([['Ehud Barak', 'Thurmont']]);
    expect(visits('Ethiopian Prime Minister Abiy Ahmed drove to Asmara on Tuesday.').map((v) => [v[0], v[1]])).toEqual([['Abiy Ahmed', 'Asmara']]);
  });

  it('gives no visit when no traveller is named, or the journey is denied', () => {
    expect(visits('The wounded were flown to Kigali on Tuesday.')).toEqual([]);
    expect(visits('Ehud Barak was never flown to Camp David.')).toEqual([]);
  });
});

describe('a head of state, government or minister of a third state met abroad', () => {
  it('gives "held talks with Turkish President X in Prague" a visit of X there too', () => {
    const x = run('Armenian Prime Minister Nikol Pashinyan held talks with Turkish President Recep Tayyip Erdoğan in Prague on Thursday.', '2022-10-08');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date]).sort()).toEqual([
      ['Nikol Pashinyan', 'Prague', '2022-10-06'],
      ['Recep Tayyip Erdogan', 'Prague', '2022-10-06'],
    ]);
  });

  it('places each person met at the place told after them ("met A in X and B in Y")', () => {
    const x = run('Secretary of State Antony Blinken met Turkish Foreign Minister Hakan Fidan in Geneva on Monday and Russian Foreign Minister Sergey Lavrov in Vienna on Tuesday.', '2024-02-14');
    const others = x.visits.filter((v) => v.envoy !== 'Antony Blinken').map((v) => [v.envoy, v.city, v.date]);
    expect(others.sort()).toEqual([
      ['Hakan Fidan', 'Geneva', '2024-02-12'],
      ['Sergei Lavrov', 'Vienna', '2024-02-13'],
    ]);
  });

  it('leaves people met in the city where they are based at home (a leader in exile, the EU High Representative, a UN envoy\'s office)', () => {
    expect(run('Swedish Foreign Minister Tobias Billström met Rashad al-Alimi in Riyadh on Monday.', '2023-05-10').visits.map((v) => v.envoy)).toEqual(['Tobias Billström']);
    expect(run('Ukrainian Foreign Minister Andrii Sybiha met Kaja Kallas in Brussels on Monday.', '2025-02-12').visits.map((v) => v.envoy)).toEqual(['Andrii Sybiha']);
    expect(run('Turkish Foreign Minister Hakan Fidan met UN envoy Geir Pedersen in Geneva on Monday.', '2024-02-14').visits.map((v) => v.envoy)).toEqual(['Hakan Fidan']);
    // (the same leader met elsewhere did travel)
    expect(run('Swedish Foreign Minister Tobias Billström met Rashad al-Alimi in Paris on Monday.', '2023-05-10').visits.map((v) => v.envoy).sort()).toEqual(['Rashad al-Alimi', 'Tobias Billström']);
  });

  it('gives way to the visit the article tells of the person met in the same city', () => {
    const text = 'President Yoweri Museveni arrived in Nairobi on 10 July for the summit.\nOn 2 July, British Foreign Secretary David Lammy met President Yoweri Museveni in Nairobi.';
    expect(run(text, '2024-07-15').visits.filter((v) => v.envoy === 'Yoweri Museveni').map((v) => [v.city, v.date])).toEqual([['Nairobi', '2024-07-10']]);
  });
});

describe('a dated arrival with no place before a later stay in the same city', () => {
  it('keeps "On June 30, X arrived" in the scene\'s city on its own day when "He returned to <city> on July 6" follows', () => {
    const text = 'The talks reconvened in Crans-Montana on June 28. On June 30, UN Secretary-General Antonio Guterres arrived at the hotel. He returned to Crans-Montana on July 6.';
    expect(run(text, '2017-07-09').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Antonio Guterres', 'Crans-Montana', '2017-06-30'],
      ['Antonio Guterres', 'Crans-Montana', '2017-07-06'],
    ]);
  });

  it('still joins a meeting to the stay told next when its day is that stay\'s or a day or two before', () => {
    const text = 'The talks reconvened in Crans-Montana on June 28. On July 5, UN Secretary-General Antonio Guterres met the two leaders. He was back in Crans-Montana on July 6.';
    expect(run(text, '2017-07-09').visits.map((v) => [v.envoy, v.city])).toEqual([['Antonio Guterres', 'Crans-Montana']]);
  });
});

describe('an envoy in the city where they are based', () => {
  it('gives no visit to a UN envoy meeting people in the city of their office, nor to the head of an organisation at its seat', () => {
    expect(run('UN envoy Geir Pedersen met the co-chairs of the Constitutional Committee in Geneva on Monday.', '2024-02-14').visits.map((v) => v.envoy)).toEqual([]);
    expect(run('NATO Secretary-General Jens Stoltenberg met the envoys in Brussels on Monday.', '2019-02-14').visits.map((v) => v.envoy)).toEqual([]);
  });

  it('still gives them a visit elsewhere, and to the guests they receive there', () => {
    expect(run('UN envoy Geir Pedersen met Foreign Minister Faisal Mekdad in Damascus on Monday.', '2024-02-14').visits.map((v) => [v.envoy, v.city])).toEqual([['Geir Pedersen', 'Damascus']]);
    expect(run('UN envoy Geir Pedersen received Foreign Minister Hakan Fidan in Geneva on Monday.', '2024-02-14').visits.map((v) => [v.envoy, v.city])).toEqual([['Hakan Fidan', 'Geneva']]);
  });

  it('in an undated text, takes no base from a dated role that may be long over (an envoy once ambassador in Kabul)', () => {
    const text = 'Special envoy Zalmay Khalilzad arrived in Kabul on Monday.';
    expect(run(text, null).visits.map((v) => [v.envoy, v.city])).toEqual([['Zalmay Khalilzad', 'Kabul']]);
    // (dated, the role of the day decides: his Kabul embassy of 2003-2005)
    expect(run(text, '2004-05-05').visits).toEqual([]);
  });
});

describe('a host welcoming named guests to a place', () => {
  it('gives "X welcomed A of Israel and B of the Palestinian Authority to the Annapolis Conference" each guest a visit there', () => {
    const x = run('President George W. Bush welcomed Prime Minister Ehud Olmert of Israel and President Mahmoud Abbas of the Palestinian Authority to the Annapolis Conference on Tuesday.', '2007-11-28');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date]).sort()).toEqual([
      ['Ehud Olmert', 'Annapolis', '2007-11-27'],
      ['Mahmoud Abbas', 'Annapolis', '2007-11-27'],
    ]);
  });

  it('reads no visit into welcoming a decision or an agreement', () => {
    expect(run('Foreign Minister Sergei Lavrov welcomed the decision to move the talks to Geneva.', '2019-10-30').visits).toEqual([]);
    expect(run('President George W. Bush welcomed the agreement to Resume Talks.', '2007-11-28').visits).toEqual([]);
  });
});

describe('a where-clause after a meeting named by its city', () => {
  it('places "the Ankara summit of the guarantors, where A, B and C failed to agree on X on Sept. 7" in that city, the host at home', () => {
    const x = run('Talks resume ten days after the Ankara summit of the guarantors, where Vladimir Putin, Hassan Rouhani and Recep Tayyip Erdogan failed to agree on a truce on Sept. 16.', '2019-09-26');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date]).sort()).toEqual([
      ['Hassan Rouhani', 'Ankara', '2019-09-16'],
      ['Vladimir Putin', 'Ankara', '2019-09-16'],
    ]);
  });

  it('reads no visit when the where-clause names nobody, or its verb is no meeting\'s outcome', () => {
    expect(run('Talks resume after the Ankara summit of the guarantors, where the delegations failed to agree on a truce.', '2019-09-26').visits).toEqual([]);
    expect(run('Talks resume after the Ankara summit, where Vladimir Putin was criticised in the press.', '2019-09-26').visits).toEqual([]);
  });
});

describe('third-state officials met where the scene is set', () => {
  it('gives the ministers of third states met at a venue of the dateline\'s city a visit there too', () => {
    const text = 'VIENNA (Reuters) - The talks opened on Monday.\nSecretary of State Antony Blinken met Turkish Foreign Minister Hakan Fidan and Russian Foreign Minister Sergei Lavrov at the U.S. embassy on Monday.';
    expect(run(text, '2024-03-05').visits.map((v) => [v.envoy, v.city, v.date]).sort()).toEqual([
      ['Antony Blinken', 'Vienna', '2024-03-04'],
      ['Hakan Fidan', 'Vienna', '2024-03-04'],
      ['Sergei Lavrov', 'Vienna', '2024-03-04'],
    ]);
  });

  it('gives none to fellow guests ("guests including A, who arrived on Sunday, and B"), nor to someone named by surname alone', () => {
    const guests = 'VIENNA (Reuters) - The talks opened on Monday.\nThe declaration was signed at the Hofburg before guests including Turkish Foreign Minister Hakan Fidan, who arrived on Sunday, and Russian Foreign Minister Sergei Lavrov.';
    expect(run(guests, '2024-03-05').visits.map((v) => v.envoy)).toEqual(['Hakan Fidan']);
    const surname = 'VIENNA (Reuters) - The talks opened on Monday.\nSecretary of State Antony Blinken met President Erdogan at the U.S. embassy on Monday.';
    expect(run(surname, '2024-03-05').visits.map((v) => v.envoy)).toEqual(['Antony Blinken']);
  });
});

describe('a signing placed after its day (1.19.701)', () => {
  it('places "A and B signed the agreement on Wednesday in <city>" in that city, on that day', () => {
    expect(visits('Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed the agreement on Thursday in Washington.')).toEqual([
      ['Nikol Pashinyan', 'Washington', '2025-02-20', 'in_person'],
      ['Ilham Aliyev', 'Washington', '2025-02-20', 'in_person'],
    ]);
  });

  it('reads past an agreement\'s long title ("the Agreement on the Resolution of the Conflict in X on 12 September at the summit in Y")', () => {
    expect(visits('Nikol Pashinyan and Ilham Aliyev signed the Agreement on the Establishment of Peace in the South Caucasus on 20 February at the summit in Washington.').map((v) => v[1])).toEqual(['Washington', 'Washington']);
  });

  it('gives no visit where a deal is only about a place ("signed a deal on power sharing in X")', () => {
    expect(visits('Nikol Pashinyan and Ilham Aliyev signed a deal on border demarcation in the South Caucasus.')).toEqual([]);
  });
});

describe('an arrival placed by a scene set further back (1.19.702)', () => {
  const scene = 'The talks opened last month. Secretary of State Antony Blinken arrived in Vienna on February 10 and stayed for two weeks. He was joined by his deputy. The talks dragged on. ';
  it('places "A flew back in on Sunday" where the scene was set, across sentences that name no place as a location', () => {
    expect(visits(`${scene}Sergei Lavrov flew back in on Sunday for the endgame.`)).toEqual([
      ['Antony Blinken', 'Vienna', '2025-02-10', 'in_person'],
      ['Sergei Lavrov', 'Vienna', '2025-02-23', 'in_person'],
    ]);
  });

  it('does not reach that far for a meeting, nor past a sentence that names another place', () => {
    expect(visits(`${scene}Sergei Lavrov met the President on Sunday.`).map((v) => v[0])).toEqual(['Antony Blinken']);
    expect(visits(`${scene.replace('The talks dragged on.', 'The talks in Geneva dragged on.')}Sergei Lavrov flew back in on Sunday.`).map((v) => v[1])).toEqual(['Vienna', 'Geneva']);
  });
});

describe('a denied meeting (1.19.703)', () => {
  it('reads no visit into what someone denied ("denied reports that A had met B in X", "denied that A received them")', () => {
    expect(visits('The ministry denied reports that Sergei Lavrov had met Antony Blinken in Manila last week.')).toEqual([]);
    expect(visits('The Kremlin denied that Sergei Lavrov received the ministers at the White House on Monday.')).toEqual([]);
  });

  it('keeps a visit told before the denial ("A, who arrived in X on Sunday, denied that ...")', () => {
    expect(visits('Sergei Lavrov, who arrived in Manila on Sunday, denied that the talks had stalled.')).toEqual([['Sergei Lavrov', 'Manila', '2025-02-23', 'in_person']]);
  });
});

describe('heads, ministers and mediators of the Mindanao, Yemen and Gulf talks (1.19.704)', () => {
  it('keeps a head of state at home in his capital and gives the foreign witnesses who flew in their visit there', () => {
    const text = 'MANILA - The agreement was signed yesterday at Malacañang Palace in the presence of President Fidel V. Ramos. Ali Alatas and Hamid Algabid flew in from Jakarta on Sunday and paid a courtesy call on President Ramos.';
    expect(run(text, '1996-09-03').visits.map((v) => [v.envoy, v.city])).toEqual([
      ['Ali Alatas', 'Manila'],
      ['Hamid Algabid', 'Manila'],
    ]);
  });

  it('names the Omani minister met in Muscat by his full name, and gives the Kuwaiti foreign minister no visit at home', () => {
    const x = run('Mohammed Abdulsalam met Omani minister Yousuf bin Alawi bin Abdullah in Muscat on Tuesday. Sheikh Sabah Khalid Al Hamad Al Sabah met the delegations in Kuwait City on Thursday.', '2016-04-21');
    expect(x.visits.map((v) => [v.envoy, v.city, v.counterparts])).toEqual([['Mohammed Abdulsalam', 'Muscat', ['Yusuf bin Alawi bin Abdullah']]]);
  });
});

describe('heads of third states met within a stay told already (1.19.705)', () => {
  it('gives the leaders an envoy met "this morning", during a stay told before, a visit to that stay\'s city', () => {
    const text = 'The talks at the Bürgenstock resort opened a week ago today. Kofi Annan flew in on Monday and has spent two days shuttling between the delegations. He met the Greek Cypriot leader, Tassos Papadopoulos, and the Turkish Cypriot prime minister, Mehmet Ali Talat, separately this morning.';
    expect(run(text, '2004-03-31').visits.map((v) => [v.envoy, v.city])).toEqual([
      ['Kofi Annan', 'Bürgenstock'],
      ['Tassos Papadopoulos', 'Bürgenstock'],
      ['Mehmet Ali Talat', 'Bürgenstock'],
    ]);
  });

  it('gives none to one met in a sentence that names another place ("expected to travel to Moscow for a meeting with X")', () => {
    const text = 'Steve Witkoff held talks in Muscat on Saturday. Witkoff is expected to travel to Moscow on Friday for a third meeting with President Vladimir Putin.';
    expect(run(text, '2025-04-13').visits.map((v) => v.envoy)).not.toContain('Vladimir Putin');
  });
});

describe('a plural of a rank as the subject', () => {
  it('reads "both presidents" as the two heads of state the article joined by "and" sentences before, not other officials named since', () => {
    const text = [
      'Moldovan President Petru Lucinschi and Ukrainian President Leonid Kuchma arrived in Geneva on Monday for the talks, near the villa where President Woodrow Wilson once stayed.',
      'Russian President Boris Yeltsin spoke by telephone with Lucinschi on Monday.',
      'The talks are mediated by the OSCE.',
      'Envoy Carl Bildt said the round would be hard.',
      'Envoy Jan Eliasson agreed.',
      'Both presidents are to meet Chancellor Viktor Klima in Vienna next week, an official said.',
    ].join(' ');
    const x = run(text, '1999-04-04').visits.filter((v) => v.city === 'Vienna');
    expect(x.map((v) => v.envoy).sort()).toEqual(['Leonid Kuchma', 'Petru Lucinschi']);
  });
});

describe('a participle after a comma', () => {
  it('reads ", meeting A in X" as a meeting of the main clause\'s subject in X ("X had carried the letters, meeting A in Tunis")', () => {
    const x = run('Norwegian Foreign Minister Knut Vollebaek had carried the letters last week, meeting Prime Minister Ehud Barak in Jerusalem on Thursday.', '1999-09-14');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([['Knut Vollebaek', 'Jerusalem', '1999-09-09', ['Ehud Barak']]]);
  });
});

describe('a stay denied in a relative clause', () => {
  it('reads "A and B, neither of whom was in Geneva" as no stay of either', () => {
    const x = run('After the vote, the envoy spoke by phone with Prime Minister Ahmed Maiteeq and President Fayez al-Sarraj, neither of whom was in Geneva.', '2021-02-05');
    expect(x.visits.filter((v) => v.city === 'Geneva')).toEqual([]);
  });
});

describe('coordinated principals', () => {
  it('gives "Prime Minister A and Speaker B arrived in X" each their own stay, not one as the other\'s companion', () => {
    const x = run('Prime Minister Fouad Siniora and Speaker Nabih Berri arrived in Doha on Friday.', '2008-05-22');
    expect(x.visits.map((v) => [v.envoy, v.city, v.companions]).sort()).toEqual([
      ['Fouad Siniora', 'Doha', []],
      ['Nabih Berri', 'Doha', []],
    ]);
  });

  it('gives "Foreign Minister A and Water Minister B arrived in X" each their own stay, two ministers in their own right', () => {
    const x = run('Foreign Minister Halvard Rasku and Water Minister Osman Teferra arrived in Vienna on Monday and met the mediators on Tuesday.', '2019-03-14');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.companions]).sort()).toEqual([
      ['Halvard Rasku', 'Vienna', '2019-03-11', []],
      ['Osman Teferra', 'Vienna', '2019-03-11', []],
    ]);
  });

  it('keeps a minister named with his head of state ("President A and Foreign Minister B arrived") a companion', () => {
    const x = run('President Juvénal Habyarimana and Foreign Minister Anastase Gasana arrived in Arusha on Tuesday.', '1993-08-06');
    expect(x.visits.map((v) => [v.envoy, v.city, v.companions])).toEqual([['Juvénal Habyarimana', 'Arusha', ['Anastase Gasana']]]);
  });
});

describe('a host who travels inside his own state', () => {
  it('gives "President X flew to Durban and held meetings with A" to both the host (a journey) and the foreign guest', () => {
    const x = run('South African President Thabo Mbeki flew to Durban on Thursday and held separate meetings with DRC rebel leader Jean-Pierre Bemba.', '2002-04-20');
    expect(x.visits.map((v) => [v.envoy, v.city]).sort()).toEqual([
      ['Jean-Pierre Bemba', 'Durban'],
      ['Thabo Mbeki', 'Durban'],
    ]);
  });

  it('gives no trip to a host visited in his own capital ("X, whom he had visited in Nairobi")', () => {
    const x = run('Burhan met Kenyan President William Ruto, whom he had visited in Nairobi on November 13.', '2023-12-10');
    expect(x.visits.filter((v) => v.envoy === 'William Ruto')).toEqual([]);
  });
});

describe('an official who flies in to talks held in his own state', () => {
  it('gives "X flew in from Washington" to talks under a "KEY WEST, Fla. (AP)" dateline a trip to the dateline city', () => {
    const text = 'KEY WEST, Fla. (AP) - Secretary of State Colin Powell opened talks on Tuesday between the presidents of Armenia and Azerbaijan.\n\nThe talks are held at a former naval station.\n\nPowell flew in from Washington on Tuesday morning and met each president separately.';
    expect(run(text, '2001-04-04').visits.map((v) => [v.envoy, v.city, v.date, v.mode])).toEqual([['Colin Powell', 'Key West', '2001-04-03', 'in_person']]);
  });

  it('keeps an official who met guests in his own capital at home', () => {
    const text = 'WASHINGTON (AP) - Secretary of State Colin Powell opened talks on Tuesday between the presidents of Armenia and Azerbaijan.\n\nPowell met each president separately.';
    expect(run(text, '2001-04-04').visits.filter((v) => v.envoy === 'Colin Powell')).toEqual([]);
  });
});

describe('a placeless meeting and a later arrival of the same person', () => {
  it('places both where the arrival\'s scene is set when the meeting\'s own sentence has none', () => {
    const text = 'Secretary of State Hillary Clinton met Armenian Foreign Minister Eduard Nalbandian at her hotel for almost an hour.\n\nThe ceremony was delayed by three hours.\n\nThe ministers gathered in Zurich for the signing.\n\nClinton arrived this morning.';
    expect(run(text, '2009-10-10').visits.filter((v) => v.envoy === 'Hillary Clinton').map((v) => [v.city, v.mode])).toEqual([['Zurich', 'in_person']]);
  });
});

describe('the head of a government the talks set up', () => {
  it('gives "a transitional government headed by X is to be installed in Kigali" no visit of X', () => {
    const text = 'The peace talks in Arusha ended on Wednesday with a signed accord. Under the accord, a broad-based transitional government headed by Faustin Twagiramungu is to be installed in Kigali within 37 days, by 10 September.';
    expect(run(text, '1993-08-06').visits).toEqual([]);
  });

  it('still gives the head of a government delegation at the talks a visit', () => {
    const text = 'The peace talks in Arusha ended on Wednesday with a signed accord. The government delegation was headed by Faustin Twagiramungu.';
    expect(run(text, '1993-08-06').visits.map((v) => [v.envoy, v.city])).toEqual([['Faustin Twagiramungu', 'Arusha']]);
  });
});

describe('a journey whose day stands between the verb and the destination', () => {
  it('reads "travelled on Tuesday to Moscow and then to Tbilisi" and "flew yesterday to Doha" as trips', () => {
    expect(visits('President Nicolas Sarkozy travelled on Tuesday to Moscow and then to Tbilisi.')).toEqual([
      ['Nicolas Sarkozy', 'Moscow', '2025-02-25', 'in_person'],
      ['Nicolas Sarkozy', 'Tbilisi', '2025-02-25', 'in_person'],
    ]);
    expect(visits('President Vladimir Putin flew yesterday to Beijing.').map((v) => v[1])).toEqual(['Beijing']);
  });
});

describe('a place passed through on the way', () => {
  it('reads "flew in on Monday night from Caracas via Madrid" as an arrival where the scene is set, not in Madrid', () => {
    const text = 'The government delegation arrived in Oslo on Monday. The opposition team of Stalin González, Gerardo Blyde and Fernando Martínez Mottola flew in on Monday night from Caracas via Madrid.';
    expect(run(text, '2019-05-30').visits.filter((v) => v.envoy === 'Stalin González').map((v) => v.city)).toEqual(['Oslo']);
  });
});

describe('journeys shared with a verb left out', () => {
  it('gives ", as did X" after an arrival the same journey and day', () => {
    const x = run("ZURICH (Reuters) - Russia's Foreign Minister Sergei Lavrov flew in this afternoon, as did the Slovenian foreign minister, Samuel Zbogar.", '2009-10-10');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Sergei Lavrov', 'Zurich', '2009-10-10'],
      ['Samuel Žbogar', 'Zurich', '2009-10-10'],
    ]);
  });

  it('reads a gapped arrival ("A arrived on Friday evening, and Minister B this morning") as B\'s arrival on the day named, not ", and met B"', () => {
    const x = run('ZURICH (Reuters) - Armenian Foreign Minister Edward Nalbandian arrived on Friday evening, and Turkish Foreign Minister Ahmet Davutoglu this morning.', '2009-10-10');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Eduard Nalbandian', 'Zurich', '2009-10-09'],
      ['Ahmet Davutoglu', 'Zurich', '2009-10-10'],
    ]);
    const met = run('UN Special Envoy Julie Bishop arrived in Naypyitaw on Tuesday, and met junta chief Min Aung Hlaing the following day.', '2025-02-12');
    expect(met.visits.map((v) => v.envoy)).toEqual(['Julie Bishop']);
  });
});

describe('passive signings', () => {
  it('reads "was initialled in X by A and chairman B" like "was signed": each signatory came to X on the day', () => {
    const x = run('The agreement was initialled in Jakarta on Friday by Philippine Ambassador Manuel Yan and MNLF chairman Nur Misuari.', '1996-09-02');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Manuel Yan', 'Jakarta', '1996-08-30'],
      ['Nur Misuari', 'Jakarta', '1996-08-30'],
    ]);
  });
});

describe('journeys with an origin', () => {
  it('reads "flew from X to Y" as a stay in Y, none in X', () => {
    const x = run('Jared Kushner and Meir Ben-Shabbat flew from Tel Aviv to Abu Dhabi on August 31.', '2020-09-15');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Jared Kushner', 'Abu Dhabi', '2020-08-31'],
      ['Meir Ben-Shabbat', 'Abu Dhabi', '2020-08-31'],
    ]);
  });
});

describe('teams named by their members', () => {
  it('gives each member of "the opposition team of A, B and C flew in" a stay of their own', () => {
    const x = run('OSLO (Reuters) - The opposition team of Stalin González, Gerardo Blyde and Fernando Martínez Mottola flew in on Monday night from Caracas via Madrid.', '2019-05-29');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date]).sort()).toEqual([
      ['Fernando Martínez Mottola', 'Oslo', '2019-05-27'],
      ['Gerardo Blyde', 'Oslo', '2019-05-27'],
      ['Stalin González', 'Oslo', '2019-05-27'],
    ]);
  });
});

describe('invitations', () => {
  it('reads "has invited the two leaders to X for a meeting on DAY" as the pair named before planning to come to X that day', () => {
    const x = run('Blinken hosted a meeting with Prime Minister Nikol Pashinyan and President Ilham Aliyev on February 18. European Council President Charles Michel has invited the two leaders to Brussels for a meeting on May 14.', '2023-05-04');
    expect(x.visits.filter((v) => v.mode === 'planned').map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Nikol Pashinyan', 'Brussels', '2023-05-14'],
      ['Ilham Aliyev', 'Brussels', '2023-05-14'],
    ]);
  });

  it('gives no trip to an invitation "to take part in talks in X" (the place is not the invitation\'s)', () => {
    expect(run('Charles Michel has invited Armenian Prime Minister Nikol Pashinyan to take part in talks in Brussels.', '2023-05-04').visits).toEqual([]);
  });
});

describe('gatherings named after their city', () => {
  it('places "met A and B on the margins of the Munich Security Conference" in Munich, like "on the sidelines of"', () => {
    const x = run('Blinken met Prime Minister Nikol Pashinyan and President Ilham Aliyev on the margins of the Munich Security Conference on February 18.', '2023-05-04');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Antony Blinken', 'Munich', '2023-02-18'],
      ['Nikol Pashinyan', 'Munich', '2023-02-18'],
      ['Ilham Aliyev', 'Munich', '2023-02-18'],
    ]);
  });
});

describe('meals as meetings', () => {
  it('reads "A and B held a working dinner in X" as a meeting of both, and "lunched with" / "had lunch with" like "met"', () => {
    const x = run('Sergei Lavrov and Antony Blinken held a working lunch in Geneva on Monday.', '2024-03-06');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([
      ['Sergei Lavrov', 'Geneva', '2024-03-04', ['Antony Blinken']],
      ['Antony Blinken', 'Geneva', '2024-03-04', ['Sergei Lavrov']],
    ]);
    expect(visits('Antony Blinken lunched with President Isaac Herzog in Jerusalem on Sunday.')).toEqual([['Antony Blinken', 'Jerusalem', '2025-02-23', 'in_person']]);
    expect(visits('Antony Blinken had dinner with President Isaac Herzog in Jerusalem on Sunday.')).toEqual([['Antony Blinken', 'Jerusalem', '2025-02-23', 'in_person']]);
  });
});

describe('the UN Secretary-General unnamed', () => {
  it('reads "The Secretary-General spoke by phone with X" in a UN text as the Secretary-General of the day, not an under-secretary-general named before', () => {
    const text = 'The UN envoy briefed reporters. Martin Griffiths, the Under-Secretary-General for Humanitarian Affairs, was in Nairobi on Monday.\nThe Secretary-General spoke by phone on Tuesday with President William Ruto to thank him.';
    expect(run(text, '2023-06-08').visits.map((v) => [v.envoy, v.city, v.date, v.mode])).toEqual([
      ['Martin Griffiths', 'Nairobi', '2023-06-05', 'in_person'],
      ['Antonio Guterres', null, '2023-06-06', 'virtual'],
    ]);
  });
});

describe('the place left is not the talks\'', () => {
  it('places "X, who arrived from Y on Sunday, led a delegation to the talks" at the talks (the dateline), not in Y', () => {
    const text = 'NAIROBI - Talks between the two factions opened in Nairobi on Monday.\nRiek Machar, who arrived from Khartoum on Sunday, led a delegation of ten members to the talks.';
    expect(run(text, '2024-03-12').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['Riek Machar', 'Nairobi', '2024-03-10']]);
  });
});

describe('a titled subject with a relative clause', () => {
  it('reads "The Secretary-General, who flew in on Tuesday, presided ... On Monday he spoke by telephone with X" as his call', () => {
    const text = 'UN Secretary-General Javier Perez de Cuellar hailed the accords. Secretary of State George Shultz arrived in Geneva on Wednesday.\nThe Secretary-General, who flew in from New York on Tuesday, presided over the ceremony. On Monday he spoke by telephone with President Mohammad Zia-ul-Haq of Pakistan.';
    expect(run(text, '1988-04-15').visits.filter((v) => v.mode === 'virtual').map((v) => [v.envoy, v.date])).toEqual([['Javier Pérez de Cuéllar', '1988-04-11']]);
  });

  it('takes "The envoy, who visited X" for the envoy named before, not a party\'s representative named closer', () => {
    const text = "UN envoy Hans Grundberg is trying to revive the talks. The Houthis' representative at the UN, Ali Hassan Mutahar, said in a statement that the group rejected the plan.\nThe envoy, who visited Riyadh and Muscat earlier this month, has yet to bring the parties together.";
    expect(run(text, '2024-05-10').visits.map((v) => [v.envoy, v.city])).toEqual([
      ['Hans Grundberg', 'Riyadh'],
      ['Hans Grundberg', 'Muscat'],
    ]);
  });
});

describe('calls by other telephones', () => {
  it('reads "spoke to X by radio telephone" and "was on the phone with X" as remote meetings', () => {
    expect(visits('UN envoy Hans Grundberg spoke to Mahdi al-Mashat by satellite telephone on Sunday.')).toEqual([['Hans Grundberg', null, '2025-02-23', 'virtual']]);
    expect(visits('Hans Grundberg was on the phone with Mahdi al-Mashat on Sunday.')).toEqual([['Hans Grundberg', null, '2025-02-23', 'virtual']]);
  });

  it('gives a call no city from where the one called is ("with President X in Kabul"), but keeps the caller\'s "from Doha"', () => {
    expect(visits('Zalmay Khalilzad spoke by telephone with President Ashraf Ghani in Kabul on Sunday.')).toEqual([['Zalmay Khalilzad', null, '2025-02-23', 'virtual']]);
    expect(visits('Zalmay Khalilzad spoke by telephone from Doha with President Ashraf Ghani on Sunday.')).toEqual([['Zalmay Khalilzad', 'Doha', '2025-02-23', 'virtual']]);
  });
});

describe('"as did" echoes', () => {
  it('gives "A attended the signing in X, as did B" to both, B no counterpart of A', () => {
    const x = run('Antony Blinken attended the signing in Doha on Saturday, as did Russian Foreign Minister Sergei Lavrov.', '2024-03-06');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([
      ['Antony Blinken', 'Doha', '2024-03-02', []],
      ['Sergei Lavrov', 'Doha', '2024-03-02', []],
    ]);
  });
});

describe('attendance lists', () => {
  it('gives every name of "was attended by A, B and C" the visit, not only the first', () => {
    const x = run('Talks on the border opened in Luanda on Wednesday. The summit was attended by DR Congo President Félix Tshisekedi, Burundi\'s President Évariste Ndayishimiye and Ethiopian Prime Minister Abiy Ahmed.', '2022-11-24');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Felix Tshisekedi', 'Luanda', '2022-11-23'],
      ['Évariste Ndayishimiye', 'Luanda', '2022-11-23'],
      ['Abiy Ahmed', 'Luanda', '2022-11-23'],
    ]);
  });

  it('reads "Delegations attended the conference in X on DAY, among them A, B and C" as each one\'s visit', () => {
    const x = run('Delegations from forty countries attended the conference in Geneva on Monday, among them Russian Foreign Minister Sergei Lavrov, Antony Blinken and Wang Yi.', '2024-03-06');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Sergei Lavrov', 'Geneva', '2024-03-04'],
      ['Antony Blinken', 'Geneva', '2024-03-04'],
      ['Wang Yi', 'Geneva', '2024-03-04'],
    ]);
  });
});

describe('where-clauses after a place', () => {
  it('reads "reached on Friday in Key West, Florida, where President A of Armenia and President B of Azerbaijan met with C" as both there that Friday', () => {
    const x = run('The deal follows the understanding reached on Friday in Key West, Florida, where President Robert Kocharyan of Armenia and President Heydar Aliyev of Azerbaijan met with Secretary of State Colin Powell.', '2001-04-09');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Robert Kocharyan', 'Key West', '2001-04-06'],
      ['Heydar Aliyev', 'Key West', '2001-04-06'],
    ]);
  });
});

describe('perfect participles', () => {
  it('gives "A met in X with B, after having met in Y with C" both stays to A, not to B', () => {
    const x = run('UN envoy Hans Grundberg met in Muscat with Mohammed Abdulsalam on Monday, after having met in Riyadh with Rashad al-Alimi on Sunday.', '2024-05-10');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([
      ['Hans Grundberg', 'Muscat', '2024-05-06', ['Mohammed Abdulsalam']],
      ['Hans Grundberg', 'Riyadh', '2024-05-05', ['Rashad al-Alimi']],
    ]);
  });
});

describe('offices named by bare title', () => {
  it('reads "the Secretary" in a State Department text that never names him as the Secretary of State of the day', () => {
    const text = 'U.S. DEPARTMENT OF STATE\nOffice of the Spokesperson\n\nThe envoy Geir Pedersen was in Damascus on Sunday and met Ahmed al-Sharaa, and the Secretary spoke with him by phone on Wednesday. The Secretary was in Aqaba on Saturday with Arab foreign ministers.';
    expect(run(text, '2024-12-20').visits.map((v) => [v.envoy, v.city, v.date, v.mode])).toEqual([
      ['Geir Pedersen', 'Damascus', '2024-12-15', 'in_person'],
      ['Antony Blinken', null, '2024-12-18', 'virtual'],
      ['Antony Blinken', 'Aqaba', '2024-12-14', 'in_person'],
    ]);
  });
});

describe('"the President" in a White House release', () => {
  it('is the US president of the day, not the foreign president named last', () => {
    const text = 'THE WHITE HOUSE\nOffice of the Press Secretary\n\nPresident Barack Obama met President Mahmoud Abbas of the Palestinian Authority at the White House on Wednesday. President Abbas thanked him for the invitation. On Thursday, the President spoke by telephone with King Abdullah II of Jordan about the talks.';
    expect(run(text, '2010-09-03').visits.filter((v) => v.mode === 'virtual').map((v) => [v.envoy, v.date])).toEqual([['Barack Obama', '2010-09-02']]);
  });

  it('stays the president named last in a news report that only mentions the White House', () => {
    const text = 'President Barack Obama met President Mahmoud Abbas of the Palestinian Authority at the White House on Wednesday. President Abbas thanked him for the invitation. On Thursday, the President spoke by telephone with King Abdullah II of Jordan about the talks.';
    expect(run(text, '2010-09-03').visits.filter((v) => v.mode === 'virtual').map((v) => [v.envoy, v.date])).toEqual([['Mahmoud Abbas', '2010-09-02']]);
  });
});

describe('the scene\'s day is its main clause\'s', () => {
  it('does not take the day of a who-clause in the sentence that sets the scene', () => {
    const text = 'The talks in Vienna ran late into the week. Russian Foreign Minister Sergei Lavrov, who had left Vienna on Monday night for Moscow, flew back on Wednesday for the closing session. French Foreign Minister Laurent Fabius also attended the closing session.';
    expect(run(text, '2015-07-09').visits.filter((v) => v.envoy === 'Laurent Fabius').map((v) => [v.envoy, v.city, v.date])).toEqual([['Laurent Fabius', 'Vienna', '2015-07-08']]);
  });
});

describe('"that day", "that morning"', () => {
  it('is the day written last before it, in its sentence or the one before', () => {
    const text = 'The talks opened on Monday, March 4, under the UN envoy. Ukrainian Foreign Minister Dmytro Kuleba arrived in Geneva that day with his deputy.';
    expect(run(text, '2024-03-08').visits.filter((v) => v.envoy === 'Dmytro Kuleba').map((v) => [v.envoy, v.city, v.date])).toEqual([['Dmytro Kuleba', 'Geneva', '2024-03-04']]);
  });

  it('is not the day of another person\'s who-clause', () => {
    const text = 'The two sides signed the accord in Geneva on Thursday. Foreign Minister Dmytro Kuleba, who flew in on Wednesday night, shook hands with UN Secretary-General Antonio Guterres, who had arrived from New York that morning.';
    expect(run(text, '2024-03-08').visits.filter((v) => v.envoy === 'Antonio Guterres').map((v) => [v.envoy, v.city, v.date])).toEqual([['Antonio Guterres', 'Geneva', '2024-03-07']]);
  });
});

describe('a deal\'s place in an apposition', () => {
  it('is where the deal was made, not where the subject attends', () => {
    const text = 'The two sides signed the final accord in Addis Ababa on Friday. Kenyan President William Ruto, the guarantor of the truce signed in Nairobi on 2 May, attended the ceremony, hosted by Prime Minister Abiy Ahmed.';
    expect(run(text, '2024-06-01').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['William Ruto', 'Addis Ababa', '2024-05-31']]);
  });
});

describe('heads of a delegation in a city', () => {
  it('reads "X, who has led the delegation in Y since ..." as an undated stay in Y, not dated by the lead', () => {
    const text = 'DOHA - The two sides signed a truce in Doha on Monday. Mousa Abu Marzouk, who has led the Hamas delegation in Doha since the talks opened, signed for the movement.';
    expect(run(text, '2024-03-06').visits.filter((v) => v.envoy === 'Mousa Abu Marzouk').map((v) => [v.envoy, v.city, v.date])).toEqual([['Mousa Abu Marzouk', 'Doha', null]]);
  });

  it('gives no stay to "has led the delegation in talks with X" (no place)', () => {
    expect(visits('Mousa Abu Marzouk has led the Hamas delegation in talks with the mediators.')).toEqual([]);
  });
});

describe('a stay in the place left, and time spent with someone', () => {
  it('keeps the arrival at the scene apart from the where-clause\'s stay in the place left', () => {
    const text = 'BERN - The two sides signed the accord in Bern on Friday. Foreign Minister Wang Yi flew in on Friday morning from Paris, where he had spent the evening with President Emmanuel Macron, and left at night.';
    expect(run(text, '2024-03-09').visits.filter((v) => v.envoy === 'Wang Yi').map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([
      ['Wang Yi', 'Paris', null, ['Emmanuel Macron']],
      ['Wang Yi', 'Bern', '2024-03-08', []],
    ]);
  });

  it('reads "spent two days with <titled person> in X" as a meeting there, but not time spent with family', () => {
    expect(visits('Foreign Minister Wang Yi spent two days with Prime Minister Olaf Scholz in Berlin.').map((v) => v.slice(0, 2))).toEqual([['Wang Yi', 'Berlin']]);
    expect(visits('Foreign Minister Wang Yi spent two days with his family in Berlin.')).toEqual([]);
  });
});

describe('a minister met within a stay abroad told in the same sentence', () => {
  it('came there too, on the meeting\'s own day', () => {
    const text = 'VIENNA - The talks resumed on Thursday. Secretary of State John Kerry arrived in Vienna on Tuesday and met Iranian Foreign Minister Mohammad Javad Zarif at the Coburg hotel the same evening.';
    const vs = run(text, '2015-07-10').visits;
    expect(vs.filter((v) => /Zarif/.test(v.envoy)).map((v) => [v.city, v.date, v.counterparts])).toEqual([['Vienna', '2015-07-07', ['John Kerry']]]);
  });

  it('not when the sentence tells two stays of the subject', () => {
    const text = 'Secretary of State John Kerry, who was in Geneva on Monday, arrived in Vienna on Tuesday and met Iranian Foreign Minister Mohammad Javad Zarif the same evening.';
    expect(run(text, '2015-07-10').visits.filter((v) => v.envoy !== 'John Kerry')).toEqual([]);
  });
});

describe('joining the talks', () => {
  it('"joined (joins) the talks" is an attendance, placed by the scene; "is to join the talks" without a place is none', () => {
    const past = 'The conference opened in Lausanne on March 4. Foreign Minister Sergei Lavrov and Foreign Minister Wang Yi joined the talks the same day.';
    expect(run(past, '2019-03-10').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['Sergei Lavrov', 'Lausanne', '2019-03-04'], ['Wang Yi', 'Lausanne', '2019-03-04']]);
    const present = 'The conference opened in Lausanne on March 4. Foreign Minister Sergei Lavrov joins the negotiations on March 5.';
    expect(run(present, '2019-03-10').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['Sergei Lavrov', 'Lausanne', '2019-03-05']]);
    expect(run('The conference opened in Lausanne on March 4. Foreign Minister Sergei Lavrov is to join the talks on Friday.', '2019-03-06').visits).toEqual([]);
  });
});

describe('heads of a delegation at the talks since they began somewhere', () => {
  it('"has led the delegation at the talks since the round opened in Vienna on 2 March" is an undated stay there', () => {
    const text = 'The talks resumed on Monday. Foreign Minister Sergei Lavrov has led the Russian delegation at the talks since the final round opened in Vienna on 2 March.';
    expect(run(text, '2019-04-10').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['Sergei Lavrov', 'Vienna', null]]);
    const pair = 'The talks resumed on Monday. Foreign Minister Sergei Lavrov and Foreign Minister Wang Yi have led their delegations at the talks since the final round opened in Vienna on 2 March.';
    expect(run(pair, '2019-04-10').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['Sergei Lavrov', 'Vienna', null], ['Wang Yi', 'Vienna', null]]);
    expect(run('Foreign Minister Sergei Lavrov has led the Russian delegation at the talks since they opened.', '2019-04-10').visits).toEqual([]);
  });
});

describe('signers named after the signing\'s scene', () => {
  it('"A and B signed the document (signed with C, signed as witnesses)" with no place of its own is a signing where the scene was set', () => {
    const text = 'KHARTOUM - The two sides signed a ceasefire accord in Khartoum on Sunday. Foreign Minister Sergei Lavrov and Foreign Minister Wang Yi signed the document in a packed conference hall as President Omar al-Bashir looked on.';
    expect(run(text, '2019-03-12').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['Sergei Lavrov', 'Khartoum', '2019-03-10'], ['Wang Yi', 'Khartoum', '2019-03-10']]);
    const withWitness = 'The accord was signed in Khartoum on Sunday. Foreign Minister Sergei Lavrov signed with Foreign Minister Wang Yi in a separate ceremony.';
    expect(run(withWitness, '2019-03-12').visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([['Sergei Lavrov', 'Khartoum', '2019-03-10', ['Wang Yi']], ['Wang Yi', 'Khartoum', '2019-03-10', ['Sergei Lavrov']]]);
  });

  it('not a signing with its own place after "with" (left to the pattern of "signed ... in/at"), nor one still to come or only had', () => {
    const elsewhere = 'The accord was signed in Khartoum on Sunday. Foreign Minister Sergei Lavrov signed a declaration with Foreign Minister Wang Yi at the Kremlin on Monday.';
    expect(run(elsewhere, '2019-03-12').visits).toEqual([]);
    expect(run('The accord was signed in Khartoum on Sunday. Foreign Minister Sergei Lavrov will sign the document.', '2019-03-12').visits).toEqual([]);
    expect(run('The accord was signed in Khartoum on Sunday. Foreign Minister Sergei Lavrov had signed the document.', '2019-03-12').visits).toEqual([]);
  });
});

describe('a whom-clause between the subject and the verb', () => {
  it('"X, whom President Y appointed as envoy last month, arrived in Z" is X\'s arrival, not Y\'s', () => {
    const text = 'Ambassador Mirko Manzoni, whom UN Secretary-General Antonio Guterres named as his personal envoy last month, arrived in Beira on Monday.';
    expect(run(text, '2019-08-08').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['Mirko Manzoni', 'Beira', '2019-08-05']]);
  });
});

describe('a journey\'s next stop after a where-clause', () => {
  it('"visited A ..., where he met X, and B on DAY, where he met Y" is a stay in each, each with its own counterpart and day', () => {
    const text = 'The envoy Hans Grundberg visited Riyadh on 3 May, where he held talks with Foreign Minister Faisal bin Farhan, and Muscat on 5 May, where he met Foreign Minister Badr Albusaidi.';
    expect(run(text, '2025-05-10').visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([
      ['Hans Grundberg', 'Riyadh', '2025-05-03', ['Faisal bin Farhan']],
      ['Hans Grundberg', 'Muscat', '2025-05-05', ['Badr bin Hamad Albusaidi']],
    ]);
  });
});

describe('a relative clause closed before the verb of coordinated subjects', () => {
  it('"A and B, who also attended the session, met C" is both A\'s and B\'s meeting; "A and B, who arrived" is B\'s alone', () => {
    const closed = 'The conference opened in Moscow on Thursday. Foreign Minister Wang Yi and Foreign Minister Jaishankar, who also attended the opening session, met Lavrov on the sidelines.';
    expect(run(closed, '2021-03-20').visits.map((v) => [v.envoy, v.city]).sort()).toEqual([['Subrahmanyam Jaishankar', 'Moscow'], ['Wang Yi', 'Moscow']]);
    const open = 'The conference opened in Moscow on Thursday. The guests were Foreign Minister Wang Yi and Foreign Minister Jaishankar, who arrived in Moscow on Friday.';
    expect(run(open, '2021-03-20').visits.map((v) => [v.envoy, v.city])).toEqual([['Subrahmanyam Jaishankar', 'Moscow']]);
  });
});

describe('heads of their own delegations', () => {
  it('"A and B have led their delegations at the talks" gives each head a stay with the other met, not a companion', () => {
    const text = 'The talks resumed on Monday. Foreign Minister Omar Haddad and Minister of State Karim Nasser have led their delegations at the talks since the final round resumed in Vienna on 2 March.';
    expect(run(text, '2019-04-10').visits.map((v) => [v.envoy, v.city, v.counterparts, v.companions])).toEqual([
      ['Omar Haddad', 'Vienna', ['Karim Nasser'], []],
      ['Karim Nasser', 'Vienna', ['Omar Haddad'], []],
    ]);
  });
});

describe('remote meetings told around their noun', () => {
  it('"A discussed the crisis with B in a phone call" is A\'s call with B, not B\'s', () => {
    const text = 'Foreign Minister Omar Haddad discussed the border crisis with his Jordanian counterpart Ayman Safadi in a phone call on Monday, the ministry said.';
    expect(run(text, '2024-10-22').visits.map((v) => [v.envoy, v.mode, v.date, v.counterparts])).toEqual([['Omar Haddad', 'virtual', '2024-10-21', ['Ayman Safadi']]]);
  });

  it('"In a video conference on Friday, A and B discussed ..." is a remote meeting of both, also after a dateline', () => {
    const text = 'BERLIN (AP) — In a video conference on Friday, German Chancellor Olaf Scholz and French President Emmanuel Macron discussed support for Kyiv.';
    expect(run(text, '2024-10-22').visits.map((v) => [v.envoy, v.mode, v.date, v.counterparts])).toEqual([
      ['Olaf Scholz', 'virtual', '2024-10-18', ['Emmanuel Macron']],
      ['Emmanuel Macron', 'virtual', '2024-10-18', ['Olaf Scholz']],
    ]);
  });
});

describe('a place a topic names', () => {
  it('"discussed the war in Sudan by phone with X" sets no country for the call', () => {
    const text = 'Foreign Minister Omar Haddad discussed the war in Sudan by phone with Foreign Minister Ayman Safadi on Monday.';
    expect(run(text, '2024-10-22').visits.map((v) => [v.envoy, v.city, v.country, v.mode])).toEqual([['Omar Haddad', null, null, 'virtual']]);
  });
});

describe('"headed to" a place', () => {
  it('"X headed to Moscow on Friday" is a journey told as done; "is headed to" is not', () => {
    expect(visits('Special envoy Steve Witkoff headed to Moscow on Friday for talks.')).toEqual([['Steve Witkoff', 'Moscow', '2025-02-21', 'in_person']]);
    expect(visits('Special envoy Steve Witkoff is headed to Moscow for talks.').filter((v) => v[3] === 'in_person')).toEqual([]);
  });
});

describe('a meeting that brought its parties together', () => {
  it('"The talks, hosted by X, brought together A and B in Rome on Saturday" is a stay of A and of B, each meeting the other', () => {
    const text = 'The talks, hosted by an Omani mediator, brought together Foreign Minister Omar Haddad and Minister of State Karim Nasser in Rome on Saturday.';
    expect(run(text, '2025-04-20').visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([
      ['Omar Haddad', 'Rome', '2025-04-19', ['Karim Nasser']],
      ['Karim Nasser', 'Rome', '2025-04-19', ['Omar Haddad']],
    ]);
  });
});

describe('a gathering fronted with its place', () => {
  it('"On the sidelines of the General Assembly in New York, A met B" is set in New York, not at the scene before', () => {
    const text = 'Foreign Minister Omar Haddad arrived in Riyadh on Tuesday. On the sidelines of the UN General Assembly in New York, Foreign Minister Wang Yi met Foreign Minister Karim Nasser on Wednesday.';
    expect(run(text, '2025-09-26').visits.filter((v) => v.envoy === 'Wang Yi').map((v) => [v.envoy, v.city, v.date])).toEqual([['Wang Yi', 'New York', '2025-09-24']]);
  });

  it('"At the BRICS summit in Kazan, A met B" is set in Kazan', () => {
    const text = 'Foreign Minister Omar Haddad arrived in Riyadh on Tuesday. At the BRICS summit in Kazan, Foreign Minister Wang Yi met Foreign Minister Karim Nasser on Wednesday.';
    expect(run(text, '2025-09-26').visits.filter((v) => v.envoy === 'Wang Yi').map((v) => [v.envoy, v.city])).toEqual([['Wang Yi', 'Kazan']]);
  });
});

describe('an event told as days before the scene', () => {
  it('"The visit came days after B held talks in Kyiv" leaves B\'s talks undated, not on the lead\'s day', () => {
    const text = 'KYIV (AP) — Foreign Minister Omar Haddad arrived in Kyiv on Monday for talks with President Volodymyr Zelensky. The visit came days after Foreign Minister Karim Nasser held talks in Kyiv with Zelensky.';
    expect(run(text, '2024-09-09').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Omar Haddad', 'Kyiv', '2024-09-09'],
      ['Karim Nasser', 'Kyiv', null],
    ]);
  });
});

describe('"came to" and "had gone to" a place', () => {
  it('reads "X came (had come) to Oslo" and "X had gone to Oslo" as a journey told as done', () => {
    expect(visits('Special envoy Martin Kobler came to Oslo on Friday for talks with the rebels.')).toEqual([['Martin Kobler', 'Oslo', '2025-02-21', 'in_person']]);
    expect(visits('Special envoy Martin Kobler had come to Oslo from Nairobi on February 14 at the head of the UN team.')).toEqual([['Martin Kobler', 'Oslo', '2025-02-14', 'in_person']]);
    expect(visits('Foreign Minister Espen Lunde had gone to Nairobi on February 7 to see President William Ruto.').map((v) => v.slice(0, 4))).toEqual([['Espen Lunde', 'Nairobi', '2025-02-07', 'in_person']]);
  });
  it('leaves "came to power", "come to an agreement" and a future "will come to" alone', () => {
    expect(visits('President William Ruto came to power in Nairobi in 2022.').filter((v) => v[3] === 'in_person')).toEqual([]);
    expect(visits('Special envoy Martin Kobler said the parties had come to an agreement.')).toEqual([]);
    expect(visits('Special envoy Martin Kobler will come to Oslo next week.').filter((v) => v[3] === 'in_person')).toEqual([]);
  });
});

describe('a delegation head\'s dated stay and a later undated "had come to"', () => {
  it('keeps the talks\' day when a later sentence says the delegation "had come to" the same city', () => {
    const text = 'The Oslo talks on the monitoring mission collapsed on Thursday before they began.\n\nThe rebel delegation, led by political wing leader Anura Thevan, arrived in Oslo on Wednesday and met Norwegian envoy Jon Hanssen-Bauer at a hotel outside the city. The Government delegation, headed by Minister Anura Perera, arrived on Thursday morning and also met the Norwegian facilitators, but the two delegations never met.\n\nDefence spokesman Nimal Silva said the Government delegation had come to Oslo "in good faith".';
    expect(visits(text).filter((v) => v[0] === 'Anura Perera')).toEqual([['Anura Perera', 'Oslo', '2025-02-20', 'in_person']]);
  });
});

describe('a surname with its office in apposition after the full name read untitled', () => {
  it('"A B and C signed ... Surname, the Security Council secretary, flew into X" makes A B a visitor', () => {
    const text = 'VIENNA -- Markus Halder and the rebel commander Omar Duran signed a truce in Vienna late on Saturday.\n\nHalder, the Security Council secretary and the president\'s envoy for the region, flew into Vienna on Friday evening from Berlin.';
    expect(visits(text).filter((v) => v[0] === 'Markus Halder')).toEqual([['Markus Halder', 'Vienna', '2025-02-21', 'in_person']]);
  });
});

describe('a second leg after a modal and "then"', () => {
  it('"would fly to A on Thursday and then travel to B" plans both legs', () => {
    const x = visits('Foreign Minister Jan Lipavsky said he would fly to Kyiv on Thursday and then travel to Lviv to meet the regional governor.');
    expect(x.map((v) => [v[0], v[1], v[3]])).toEqual([
      ['Jan Lipavsky', 'Kyiv', 'planned'],
      ['Jan Lipavsky', 'Lviv', 'planned'],
    ]);
  });
});

describe('an office shared by "and State\'s NAME"', () => {
  it('"Argentine President A and Chile\'s B attended the ceremony in Montevideo" gives both a visit', () => {
    const x = visits('Argentine President Julio Ramos and Chile\'s Pedro Alvarez attended the signing ceremony in Montevideo on Monday.');
    expect(x.map((v) => [v[0], v[1], v[2]]).sort()).toEqual([
      ['Julio Ramos', 'Montevideo', '2025-02-24'],
      ['Pedro Alvarez', 'Montevideo', '2025-02-24'],
    ]);
  });
});

describe('"had spoken by telephone with"', () => {
  it('reads the past perfect of "spoke by phone" as a call', () => {
    expect(visits('Chancellor Olaf Scholz had spoken by telephone with President Emmanuel Macron on Friday to prepare the summit.')).toEqual([['Olaf Scholz', null, '2025-02-21', 'virtual']]);
  });
});

describe('"drove in" as an arrival', () => {
  it('reads "X, who drove in from the border on Saturday morning, signed" as a stay where the scene is set', () => {
    const text = 'VIENNA -- The two sides signed the truce in Vienna late on Saturday.\n\nRebel commander Omar Duran, who drove in from the border on Saturday morning with his aides, signed the statement shortly before midnight.';
    expect(visits(text)).toEqual([['Omar Duran', 'Vienna', '2025-02-22', 'in_person']]);
    expect(visits('Rebel commander Omar Duran drove into Vienna on Saturday morning.')).toEqual([['Omar Duran', 'Vienna', '2025-02-22', 'in_person']]);
  });
});

describe('"initialled" and "signed in PLACE an agreement"', () => {
  it('reads "initialled an agreement in X" and "signed (initialed) in X an agreement" as the signatories\' stay', () => {
    expect(visits('Prime Minister Edi Rama and Prime Minister Albin Kurti initialled an agreement in Vienna on Friday.').map((v) => [v[0], v[1], v[2]]).sort()).toEqual([
      ['Albin Kurti', 'Vienna', '2025-02-21'],
      ['Edi Rama', 'Vienna', '2025-02-21'],
    ]);
    expect(visits('Prime Minister Edi Rama and Prime Minister Albin Kurti on Friday initialed in Vienna an agreement on the border.').map((v) => [v[0], v[1], v[2]]).sort()).toEqual([
      ['Albin Kurti', 'Vienna', '2025-02-21'],
      ['Edi Rama', 'Vienna', '2025-02-21'],
    ]);
  });
});

describe('a signing told first, the arrivals for it told later', () => {
  it('dates each signatory\'s stay from the arrival told a few paragraphs after the signing', () => {
    const text = 'VIENNA -- President Ilir Berisha and rebel leader Goran Lazic signed a peace agreement in Vienna on Friday, ending four years of war.\n\nThe agreement provides for a ceasefire and the return of refugees.\n\nThe talks had been mediated by Austria and Switzerland since the spring.\n\nBerisha arrived in Vienna on Tuesday evening and was received by the Austrian chancellor. Lazic flew in from Zagreb on Wednesday with his deputy.';
    expect(run(text, '2025-02-22').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Ilir Berisha', 'Vienna', '2025-02-18'],
      ['Goran Lazic', 'Vienna', '2025-02-19'],
    ]);
  });
});

describe('", of the ... delegation" as a role', () => {
  it('makes "A B, of the opposition\'s negotiating delegation, said" a negotiator who can travel', () => {
    const text = 'Leyla Demirtas, of the opposition party\'s negotiating delegation, said the talks would continue.\n\nDemirtas arrived in Erbil on Thursday evening from Istanbul.';
    expect(run(text, '2025-02-22').visits.map((v) => [v.envoy, v.city, v.date, v.mode])).toEqual([['Leyla Demirtas', 'Erbil', '2025-02-20', 'in_person']]);
  });
});

describe('", as is X" after an announced journey', () => {
  it('"A is expected in Paris this morning, as is the AU chairman, B" plans both', () => {
    expect(run('President Macky Sall is expected in Paris this morning, as is the AU chairman, the Ghanaian president Nana Akufo-Addo.', '2025-02-22').visits.map((v) => [v.envoy, v.city, v.mode])).toEqual([
      ['Macky Sall', 'Paris', 'planned'],
      ['Nana Akufo-Addo', 'Paris', 'planned'],
    ]);
  });
});

describe('holdout37 constructions (visits)', () => {
  it('places a placeless arrival at a lead dateline written "Dar es Salaam." in ordinary case', () => {
    const text = 'Summit ends\n\nDar es Salaam. Leaders of the region agreed on Saturday on a common plan for the east of the country.\n\nPresident Paul Kagame arrived on Friday evening and was received at the airport by the host.\n';
    expect(run(text, '2025-03-09').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['Paul Kagame', 'Dar es Salaam', '2025-03-07']]);
  });

  it('reads an all-capitals dateline with a particle ("DAR ES SALAAM -") as its city', () => {
    const text = 'Summit ends\n\nDAR ES SALAAM - Leaders of the region agreed on Saturday on a common plan for the east of the country.\n\nPresident Paul Kagame arrived on Friday evening and was received at the airport by the host.\n';
    expect(run(text, '2025-03-09').visits.map((v) => [v.envoy, v.city])).toEqual([['Paul Kagame', 'Dar es Salaam']]);
  });

  it('plans every stop of "a tour that will also take him to A and B"', () => {
    const text = 'Emmanuel Macron is due in Nairobi next week on the first stop of an African tour that will also take him to Kigali and Luanda.';
    expect(run(text, '2025-03-01').visits.map((v) => [v.envoy, v.city, v.mode])).toEqual([
      ['Emmanuel Macron', 'Nairobi', 'planned'],
      ['Emmanuel Macron', 'Kigali', 'planned'],
      ['Emmanuel Macron', 'Luanda', 'planned'],
    ]);
  });

  it('keeps the subject of "he was in A, where he met X, and he returned to B" for the return, in B alone', () => {
    const text = 'Antony Blinken spoke to reporters on Thursday.\n\nOn Friday he was in Baghdad, where he met Prime Minister Mohammed Shia al-Sudani, and he returned to Amman on Saturday morning.\n';
    expect(run(text, '2024-12-15').visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([
      ['Antony Blinken', 'Baghdad', '2024-12-13', ['Mohammed Shia al-Sudani']],
      ['Antony Blinken', 'Amman', '2024-12-14', []],
    ]);
  });

  it('carries "he" of a clause joined by ", and he" from the earlier "he" of its sentence, not the last person named', () => {
    const text = 'Antony Blinken spoke to reporters on Thursday.\n\nOn Friday he was in Baghdad, where he met Prime Minister Mohammed Shia al-Sudani, and he flew to Amman on Saturday morning.\n';
    expect(run(text, '2024-12-15').visits.map((v) => [v.envoy, v.city])).toEqual([
      ['Antony Blinken', 'Baghdad'],
      ['Antony Blinken', 'Amman'],
    ]);
  });

  it('ends the meeting\'s clause at "and returned to B": those met were not in B', () => {
    const text = 'On Friday Antony Blinken was in Baghdad, where he met Prime Minister Mohammed Shia al-Sudani, and returned to Amman on Saturday morning.';
    expect(run(text, '2024-12-15').visits.map((v) => [v.envoy, v.city, v.counterparts])).toEqual([
      ['Antony Blinken', 'Baghdad', ['Mohammed Shia al-Sudani']],
      ['Antony Blinken', 'Amman', []],
    ]);
  });

  it('reads "is due in A tonight for a dinner with X" as the planned stay in A, not a meeting at the scene told before', () => {
    const text = 'Steve Witkoff was received by Vladimir Putin in the Kremlin on December 2.\n\nNATO Secretary General Mark Rutte is due in Berlin this evening for a dinner with European leaders and Volodymyr Zelensky at the Chancellery.\n';
    expect(run(text, '2025-12-15').visits.filter((v) => v.envoy === 'Mark Rutte').map((v) => [v.city, v.mode])).toEqual([['Berlin', 'planned']]);
  });
});

describe('holdout37 constructions (attendance)', () => {
  it('knows Langkawi as a Malaysian venue ("the ministers\' retreat in Langkawi next month")', () => {
    expect(run('Marcus Lindqvist, the EU special envoy for Myanmar, is expected to attend the Asean foreign ministers\' retreat in Langkawi next month.', '2024-12-20').visits.map((v) => [v.city, v.country, v.mode])).toEqual([['Langkawi', 'MY', 'planned']]);
  });

  it('places "X attended the ministers\' session" at the meeting the article placed, its lead far above', () => {
    const text = 'President Paul Kagame arrived in Nairobi on Thursday for talks on the border dispute.\n\nThe host called for calm.\n\nThe talks lasted six hours.\n\nA joint statement followed.\n\nNo date was set for the next round.\n\nForeign Minister Olivier Nduhungirehe attended the ministers\' session.\n';
    expect(run(text, '2025-02-22').visits.filter((v) => v.envoy === 'Olivier Nduhungirehe').map((v) => v.city)).toEqual(['Nairobi']);
  });

  it('dates "X attended the meeting" by the lead\'s meeting, not by an arrival told before it', () => {
    const text = 'Thailand opened informal consultations on the crisis in Bangkok on Thursday.\n\nForeign Minister Than Swe arrived in Bangkok on Wednesday night.\n\nHe said the junta would hold a vote.\n\nThe host called for restraint.\n\nLaos\' Foreign Minister Thongsavanh Phomvihane attended the meeting.\n';
    expect(run(text, '2024-12-20').visits.filter((v) => v.envoy === 'Thongsavanh Phomvihane').map((v) => [v.city, v.date])).toEqual([['Bangkok', '2024-12-19']]);
  });
});

describe('holdout37 constructions (a meeting placed, its parties after "between")', () => {
  it('reads "a meeting in the Kremlin on Thursday between A and U.S. envoy B" as B\'s visit to Moscow that day', () => {
    const text = 'The round followed a meeting in the Kremlin on Thursday between Vladimir Putin and U.S. envoy Steve Witkoff.';
    expect(run(text, '2026-01-24').visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([['Steve Witkoff', 'Moscow', '2026-01-22', ['Vladimir Putin']]]);
  });
});

describe('holdout37 constructions ("The meeting ... brought together A, B and C." without a place)', () => {
  it('brings the parties to the place and day of the meeting told just before', () => {
    const text = 'Foreign ministers met in Amman on Saturday to discuss the transition.\n\nThe meeting, hosted by Foreign Minister Ayman Safadi, brought together Turkish Foreign Minister Hakan Fidan and the EU\'s foreign policy chief Kaja Kallas.\n';
    expect(run(text, '2024-12-15').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Hakan Fidan', 'Amman', '2024-12-14'],
      ['Kaja Kallas', 'Amman', '2024-12-14'],
    ]);
  });
});

describe('false-positive review of the newer visit rules (1.25.800-1.25.806)', () => {
  const at = (text: string) => run(text, '2025-06-10').visits.map((v) => [v.envoy, v.city, v.date, v.mode]);

  it('reads no journey in "came to Moscow\'s defence" (a possessive after "came to" is no destination)', () => {
    expect(at('UN envoy Jane Doe came to Moscow\'s defence on Monday.')).toEqual([]);
    expect(at('UN envoy Jane Doe came to President Omar Brandt\'s aid in Nairobi on Monday.')).toEqual([]);
    // (a journey is still one)
    expect(at('Special envoy Jane Doe had come to Oslo from Nairobi on February 14.')).toEqual([['Jane Doe', 'Oslo', '2025-02-14', 'in_person']]);
  });

  it('does not place "The meeting, hosted by Y, brought together A and B." by a sentence told as background or as another event', () => {
    expect(at('President Omar Brandt met rebels in Lakeview on Saturday. Last year\'s talks in Geneva had failed. The meeting, hosted by Swiss Foreign Minister Ignazio Cassis, brought together Brandt and rebel leader Ana Lind.')).toEqual([]);
    expect(at('Foreign ministers met in Amman on Saturday to discuss Gaza. Separately, leaders gathered in Cairo on Sunday for a summit. The meeting, hosted by Foreign Minister Ayman Safadi, brought together Sergei Lavrov, Hakan Fidan and Wang Yi.')).toEqual([]);
    // (the scene set just before still places it)
    expect(at('Foreign ministers met in Amman on Saturday to discuss Gaza. The meeting, hosted by Foreign Minister Ayman Safadi, brought together Sergei Lavrov, Hakan Fidan and Wang Yi.').map((v) => v[1])).toEqual(['Amman', 'Amman', 'Amman']);
  });

  it('does not date a signing\'s stay by an earlier trip to the city that was left again', () => {
    const lead = 'President Omar Brandt and rebel leader Ana Lind signed a peace agreement in Vienna on June 6. The accord sets up a joint commission. It calls for elections within a year. Donors welcomed it. ';
    expect(at(lead + 'Brandt arrived in Vienna on June 2 for a donor conference and flew home on June 3.').filter((v) => v[0] === 'Omar Brandt').map((v) => v[2]).sort()).toEqual(['2025-06-02', '2025-06-06']);
    expect(at(lead + 'Brandt arrived in Vienna on June 2 for a donor conference. He left on June 3.').filter((v) => v[0] === 'Omar Brandt').map((v) => v[2]).sort()).toEqual(['2025-06-02', '2025-06-06']);
    // (an arrival that stays dates the signing's stay)
    expect(at(lead + 'Brandt arrived in Vienna on June 4.').filter((v) => v[0] === 'Omar Brandt').map((v) => v[2])).toEqual(['2025-06-04']);
  });

  it('does not give the lead\'s meeting to someone who attended another session, or attended it remotely', () => {
    const lead = 'Thailand opened consultations on the border crisis in Bangkok on Thursday. The talks focused on refugees. Officials said progress was slow. A second session is planned. Aid groups welcomed the step. ';
    expect(at(lead + 'Laos\' foreign minister Saleumxay Kommasith, who attended the last session in 2019, was absent.')).toEqual([]);
    expect(at(lead + 'Laos\' foreign minister Saleumxay Kommasith attended the session of the ASEAN Regional Forum last year.')).toEqual([]);
    expect(at(lead + 'Laos\' foreign minister Saleumxay Kommasith attended the session virtually from Vientiane.')).toEqual([]);
    expect(at(lead + 'Laos\' foreign minister Saleumxay Kommasith attended the session.')).toEqual([['Saleumxay Kommasith', 'Bangkok', '2025-06-05', 'in_person']]);
  });

  it('reads no held meeting in "a meeting in Geneva on Thursday between A and B" that is prepared, ruled out or denied', () => {
    expect(at('Diplomats are preparing a meeting in Geneva on Thursday between Sergei Lavrov and Marco Rubio.')).toEqual([]);
    expect(at('Lavrov ruled out a meeting in Geneva on Thursday between Sergei Lavrov and Marco Rubio.')).toEqual([]);
    expect(at('There will be no meeting in Geneva on Thursday between Sergei Lavrov and Marco Rubio, officials said.')).toEqual([]);
    // (one held still is)
    expect(at('The deal followed a late-night meeting in the Kremlin on Thursday between Vladimir Putin and U.S. envoy Steve Witkoff.')).toEqual([['Steve Witkoff', 'Moscow', '2025-06-05', 'in_person']]);
  });
});

describe('visits round 9 (1.26.102-1.26.107)', () => {
  const at = (text: string, publishedAt = '2001-05-14') => run(text, publishedAt).visits.map((v) => [v.envoy, v.city, v.country, v.date, v.mode]);

  it('reads "spoke with Mr. X by telephone" as a call: the abbreviation\'s full stop does not end the lookout for the telephone (1.26.102)', () => {
    expect(at('Kenya\'s special envoy Lazarus Sumbeiywo spoke with Mr. Garang by telephone on Sunday.')).toEqual([['Lazarus Sumbeiywo', null, null, '2001-05-13', 'virtual']]);
  });

  it('gives no trip to a speaker whose reported clause tells of troops ("said troops would be in X") (1.26.103)', () => {
    expect(at('The army chief, General Ramon Ortega, said troops would be in Cartagena within two days.')).toEqual([]);
    // (his own trip still is one)
    expect(at('The army chief, General Ramon Ortega, said he would be in Cartagena on Friday.').map((v) => v[4])).toEqual(['planned']);
  });

  it('reads "crossed into <state> to meet X" as a visit to that state; a crossing "by boat" or "at a town" tells no country-level stay (1.26.104)', () => {
    expect(at('On Monday Foreign Minister Ahmad Kurdi crossed into Lebanon to meet Prime Minister Salim Hoss.', '1999-03-10')).toEqual([['Ahmad Kurdi', null, 'LB', '1999-03-08', 'in_person']]);
    expect(at('On Monday Foreign Minister Ahmad Kurdi crossed into Lebanon by car.', '1999-03-10')).toEqual([]);
  });

  it('keeps a meeting weeks away from a stay of the person met, or of the envoy, apart from that stay (1.26.105)', () => {
    const text =
      'ARUSHA, Oct 28 - Rival leaders yesterday signed a truce at the peace conference in Arusha.\n\nThe talks opened on October 15 under the chairmanship of the mediator, Felix Omondi, Kenya\'s special envoy.\n\nBurundian President Amos Kaliba, who flew in from Bujumbura on Saturday, held talks with Omondi the same evening.\n\nOmondi was in Bujumbura on September 10, where he met Kaliba.';
    const x = at(text, '2002-10-28');
    expect(x).toContainEqual(['Amos Kaliba', 'Arusha', 'TZ', '2002-10-26', 'in_person']);
    expect(x).toContainEqual(['Felix Omondi', 'Bujumbura', 'BI', '2002-09-10', 'in_person']);
  });

  it('reads "A and B, who have been in X since ..." as a stay of both; a spokesman among them leaves the others (1.26.106)', () => {
    expect(at('The rebel negotiator Paul Okello and the army negotiator Simon Lado have been in Nairobi since the talks opened on May 2.').map((v) => [v[0], v[1], v[3]])).toEqual([['Paul Okello', 'Nairobi', '2001-05-02']]);
    expect(at('The rebel negotiator Paul Okello and the militia spokesman Simon Lado, who have been in Nairobi since the talks opened on May 2, met on Friday.').map((v) => [v[0], v[1], v[3]])).toEqual([['Paul Okello', 'Nairobi', '2001-05-02']]);
  });

  it('reads "has accepted an invitation to visit X" as a planned trip (1.26.107)', () => {
    expect(at('Prime Minister Nawaz Sharif has accepted an invitation to visit New Delhi later this year.', '1999-02-21')).toEqual([['Nawaz Sharif', 'New Delhi', 'IN', null, 'planned']]);
  });
});

describe('companions named after a journey verb (1.26.500)', () => {
  it('takes "arrived in X on Sunday with her foreign minister, Y" as travelling with Y, not meeting Y', () => {
    const x = run('Chilean President Marta Olivares arrived in Montevideo on Sunday with her foreign minister, Pablo Reyes, ahead of the regional talks.', '2025-03-04');
    expect(x.visits.map((v) => [v.envoy, v.city, v.counterparts, v.companions])).toEqual([['Marta Olivares', 'Montevideo', [], ['Pablo Reyes']]]);
  });

  it('keeps the one met after "and went into a lunch with" a counterpart, and "for talks with" too', () => {
    const x = run('Chilean President Marta Olivares flew into Montevideo on Monday with Foreign Minister Pablo Reyes and went straight into a lunch with Uruguayan President Diego Sosa.', '2025-03-04');
    expect(x.visits.map((v) => [v.envoy, v.city, v.counterparts, v.companions])).toEqual([['Marta Olivares', 'Montevideo', ['Diego Sosa'], ['Pablo Reyes']]]);
    const y = run('Chilean President Marta Olivares arrived in Montevideo on Monday for talks with Uruguayan Foreign Minister Pablo Reyes.', '2025-03-04');
    expect(y.visits.map((v) => [v.envoy, v.city, v.counterparts, v.companions])).toEqual([['Marta Olivares', 'Montevideo', ['Pablo Reyes'], []]]);
  });

  it('gives an official of another state who arrived with the subject on a told day the same visit', () => {
    const x = run('Chilean President Marta Olivares arrived in Montevideo on Sunday with Brazilian Foreign Minister Carlos Lima.', '2025-03-04');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.companions])).toEqual([
      ['Marta Olivares', 'Montevideo', '2025-03-02', ['Carlos Lima']],
      ['Carlos Lima', 'Montevideo', '2025-03-02', ['Marta Olivares']],
    ]);
  });
});

describe('a journey dated by a calendar day between its verb and "to" (1.26.501)', () => {
  it('reads "flew on February 19 to Kisumu" as a stay in Kisumu on February 19', () => {
    expect(visits('Regional envoy Tobias Wendt flew on February 19 to Kisumu to see the elders.')).toEqual([['Tobias Wendt', 'Kisumu', '2025-02-19', 'in_person']]);
  });

  it('gives the later stop of "travelled to A on 18 February and met X, then continued on 19 February to B" its own day', () => {
    expect(visits('Regional envoy Tobias Wendt, who travelled to Nairobi on 18 February and met President Samuel Otieno, then continued on 19 February to Kisumu, said talks would resume.')).toEqual([
      ['Tobias Wendt', 'Nairobi', '2025-02-18', 'in_person'],
      ['Tobias Wendt', 'Kisumu', '2025-02-19', 'in_person'],
    ]);
  });
});

describe('"<Surname> was accompanied by X" a sentence away from the visit (1.26.502)', () => {
  it('gives the companion to the named traveller\'s visit told two sentences before', () => {
    const x = run('Regional envoy Tobias Wendt arrived in Kisumu on Monday. The talks focus on grazing rights. Wendt was accompanied by Deputy Envoy Paolo Renzi.', '2025-03-04');
    expect(x.visits.map((v) => [v.envoy, v.city, v.companions])).toEqual([['Tobias Wendt', 'Kisumu', ['Paolo Renzi']]]);
    // (a title as subject still needs the visit right before: "The envoy was accompanied by ..." two sentences on names nobody's)
    const y = run('Regional envoy Tobias Wendt arrived in Kisumu on Monday. The talks focus on grazing rights. The minister was accompanied by Deputy Envoy Paolo Renzi.', '2025-03-04');
    expect(y.visits.map((v) => [v.envoy, v.city, v.companions])).toEqual([['Tobias Wendt', 'Kisumu', []]]);
  });
});

describe('the lead\'s dateline after a page\'s time stamp (1.27.101)', () => {
  it('reads "CITY (12 Mar.) -" after a stamp line "12 Mar 2019 | 09:30 (Kampala time)" as the scene, not its bracketed day', () => {
    const text = 'The Daily Monitor\n12 Mar 2019 | 09:30 (Kampala time)\n\nKAMPALA (12 Mar.) - Kenyan President Uhuru Kenyatta flew in on Monday for talks with President Yoweri Museveni on the border dispute.';
    expect(run(text, '2019-03-12').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['Uhuru Kenyatta', 'Kampala', '2019-03-11']]);
  });
});

describe('a signatory at home met by the witnesses (1.27.102)', () => {
  it('gives the witness of "A signed ... in <A\'s own capital> in the presence of B" the signatory A as counterpart', () => {
    const x = run('President Yoweri Museveni signed the border protocol in Kampala on Tuesday in the presence of Kenyan President William Ruto.', '2024-05-10');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([['William Ruto', 'Kampala', '2024-05-07', ['Yoweri Museveni']]]);
  });
});

describe('companions named by "who travelled with" and a negotiator taken along (1.27.103)', () => {
  it('reads "A, who travelled with Foreign Minister B, met C" as B along with A, not met', () => {
    const x = run('Regional envoy Tobias Wendt, who travelled with Deputy Envoy Paolo Renzi, met President Samuel Otieno in Nairobi on Monday.', '2025-03-04');
    expect(x.visits.map((v) => [v.envoy, v.city, v.counterparts, v.companions])).toEqual([['Tobias Wendt', 'Nairobi', ['Samuel Otieno'], ['Paolo Renzi']]]);
  });

  it('reads "flew in ... with the movement\'s chief negotiator X" as X taken along ("negotiator" is a title, not talks)', () => {
    const x = run('Regional envoy Tobias Wendt flew in to Kisumu from Nairobi on Monday with the mission\'s chief negotiator Paolo Renzi.', '2025-03-04');
    expect(x.visits.map((v) => [v.envoy, v.city, v.counterparts, v.companions])).toEqual([['Tobias Wendt', 'Kisumu', [], ['Paolo Renzi']]]);
  });
});

describe('an attendance naming no event (1.27.104)', () => {
  it('places "A and B also attended." at the lead\'s ceremony, not at other talks the sentence before placed', () => {
    const text = 'Presidents Samuel Otieno and Marta Olivares signed the Lakes Accord on Thursday in a ceremony hosted by Kenyan President William Ruto in Nairobi.\n\nThe separate talks in Doha between the rebels and Kinshasa produced a draft on Monday.\n\nUgandan President Yoweri Museveni and Togo\'s President Faure Gnassingbé also attended.';
    expect(run(text, '2024-05-10').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Yoweri Museveni', 'Nairobi', '2024-05-09'],
      ['Faure Gnassingbé', 'Nairobi', '2024-05-09'],
    ]);
  });
});

describe('a city described, not named (1.27.105)', () => {
  it('reads "arrived in the Kenyan port city" as the Kenyan city named before', () => {
    // (the sentence before names two cities: the adjective, not the scene, tells which)
    expect(visits('Talks on the border opened in Mombasa on Friday, a month after a first round in Kampala. Regional envoy Tobias Wendt arrived in the Kenyan port city on Thursday.')).toEqual([['Tobias Wendt', 'Mombasa', '2025-02-20', 'in_person']]);
  });

  it('reads "in the city" as the city the sentence named before', () => {
    expect(visits('Regional envoy Tobias Wendt, who heads the monitoring team in Kenya\'s Kisumu, chaired on Monday the first meeting of the committee in the city.')).toEqual([['Tobias Wendt', 'Kisumu', '2025-02-24', 'in_person']]);
  });
});

describe('"the two men" as a plural subject (1.27.106)', () => {
  it('reads "The two men arrived in X on Tuesday" as the two officials named before, each in their own right', () => {
    const x = run('Speaker Aguila Saleh and State Council head Khalid al-Mishri met in Rabat on Wednesday. The two men arrived in the Moroccan capital on Tuesday.', '2022-07-01');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Aguila Saleh', 'Rabat', '2022-06-28'],
      ['Khaled al-Mishri', 'Rabat', '2022-06-28'],
    ]);
  });
});

describe('a leader of the traveller\'s own state met abroad (1.27.109)', () => {
  it('gives "A had met B in Cairo" a visit to B too when both lead sides of one state, neither of Egypt', () => {
    const x = run('Speaker Aguila Saleh had met Khalid al-Mishri, head of the High Council of State, in Cairo last month.', '2022-07-01');
    expect(x.visits.map((v) => [v.envoy, v.city, v.counterparts])).toEqual([
      ['Aguila Saleh', 'Cairo', ['Khaled al-Mishri']],
      ['Khaled al-Mishri', 'Cairo', ['Aguila Saleh']],
    ]);
  });
});

describe('the hosts of "the meeting ... was hosted by A, B and C" (1.27.110)', () => {
  it('places each host foreign to the city at the talks the sentence before placed, not as one another\'s counterparts', () => {
    const x = run('Talks on the Lakes border resumed in Arusha on Monday. The meeting, the first since the clashes in March, was hosted by U.S. Secretary of State John Kerry, Russian Foreign Minister Sergei Lavrov and Kenyan President Uhuru Kenyatta.', '2016-05-17');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([
      ['John Kerry', 'Arusha', '2016-05-16', []],
      ['Sergei Lavrov', 'Arusha', '2016-05-16', []],
      ['Uhuru Kenyatta', 'Arusha', '2016-05-16', []],
    ]);
  });
});

describe('"after hosting the two leaders in X" (1.27.111)', () => {
  it('gives the pair the sentence names a visit to the city where they were hosted, each the other\'s counterpart', () => {
    const x = run('Presidents Paul Kagame and Yoweri Museveni agreed on Monday to reopen the border, the Angolan mediators said after hosting the two leaders in Luanda.', '2019-08-22');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([
      ['Paul Kagame', 'Luanda', '2019-08-19', ['Yoweri Museveni']],
      ['Yoweri Museveni', 'Luanda', '2019-08-19', ['Paul Kagame']],
    ]);
    // (a pair to be hosted has not come yet)
    expect(run('Presidents Paul Kagame and Yoweri Museveni agreed on Monday to meet again, and Angola will be hosting the two leaders in Luanda.', '2019-08-22').visits.filter((v) => v.mode === 'in_person')).toEqual([]);
  });
});

describe('a day inside a which-clause after the trigger (1.27.112)', () => {
  it('leaves "is expected to travel to X to extend the truce, which expired on Saturday" undated', () => {
    expect(visits('Regional envoy Tobias Wendt is expected to travel to Kisumu to extend the truce, which expired on Saturday, or to agree a new one.')).toEqual([['Tobias Wendt', 'Kisumu', null, 'planned']]);
  });
});

describe('a name qualifying an administration (1.27.113)', () => {
  it('takes nobody along from "X, the Trump administration\'s envoy, held talks in Doha"', () => {
    const x = run('Adam Boehler, the Trump administration\'s special envoy for hostage affairs, held direct talks with Hamas officials in Doha on Monday.', '2025-03-06');
    expect(x.visits.map((v) => [v.envoy, v.city, v.companions])).toEqual([['Adam Boehler', 'Doha', []]]);
  });
});

describe('the chairs of an undated, unplaced "summit ... was co-chaired by A and B" (1.27.114)', () => {
  it('places each foreign chair at the scene the lead set, on its day', () => {
    const text = 'Arusha. Leaders of the two blocs agreed on Saturday on a joint plan for the border.\n\nThe first joint summit of the blocs was co-chaired by Kenya\'s President William Ruto and Zimbabwe\'s President Emmerson Mnangagwa at the convention centre.';
    expect(run(text, '2025-02-09').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['William Ruto', 'Arusha', '2025-02-08'],
      ['Emmerson Mnangagwa', 'Arusha', '2025-02-08'],
    ]);
  });
});

describe('the pronoun of a where-clause after a stay (1.27.115)', () => {
  it('gives "The NSA was in Moscow on July 14, where he met X" to the NSA, not to the last person named before', () => {
    const x = run('Indian National Security Adviser Ajit Doval spoke to the press on Friday. Chinese Foreign Minister Wang Yi also spoke. The NSA was in Moscow on July 14, where he met President Vladimir Putin.', '2025-07-20');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.counterparts])).toEqual([['Ajit Doval', 'Moscow', '2025-07-14', ['Vladimir Putin']]]);
  });
});

describe('the next sentence\'s "he" after a stay told by a title (1.27.116)', () => {
  it('gives "He went on to Goma" to whom "The Minister had travelled to Kigali with X" stood for, not to X', () => {
    const text = 'President William Ruto flew to Kampala on Tuesday, accompanied by the Minister of Foreign and Diaspora Affairs, Musalia Mudavadi. The talks lasted four hours. The border will reopen next month. Traders welcomed the news. President Yoweri Museveni said the border would stay open. The Minister had travelled to Kigali on Sunday with the EAC Chairman-in-Office, Tanzanian Foreign Minister January Makamba, and met President Paul Kagame. He went on Monday to Goma, where he met refugees.';
    expect(run(text, '2024-05-10').visits.filter((v) => v.city === 'Goma').map((v) => [v.envoy, v.date])).toEqual([['Musalia Mudavadi', '2024-05-06']]);
  });
});

describe('a companion named in apposition to a title (1.27.117)', () => {
  it('reads "accompanied by the Minister of Foreign Affairs, X" as X along, not met', () => {
    const x = run('President William Ruto flew to Kampala on Tuesday, accompanied by the Minister of Foreign and Diaspora Affairs, Musalia Mudavadi.', '2024-05-10');
    expect(x.visits.map((v) => [v.envoy, v.city, v.counterparts, v.companions])).toEqual([['William Ruto', 'Kampala', [], ['Musalia Mudavadi']]]);
  });
});

describe('a passive signing placed after its signatories (1.27.118)', () => {
  it('reads "was signed by A and B on DAY at the border post in <State>" as both there, at the state\'s level', () => {
    const x = run('The Lakes Declaration was signed by Presidents Paul Kagame and Yoweri Museveni on 14 December 2023 at the border post in Tanzania, with officials of both sides present.', '2024-01-25');
    expect(x.visits.map((v) => [v.envoy, v.city, v.country, v.date])).toEqual([
      ['Paul Kagame', null, 'TZ', '2023-12-14'],
      ['Yoweri Museveni', null, 'TZ', '2023-12-14'],
    ]);
  });
});

describe('a wire\'s dateline with its agency after the day (1.27.119)', () => {
  it('reads "SEOUL, Dec. 5 Yonhap - X flew in on Wednesday for the talks" as a stay in Seoul on Wednesday', () => {
    const text = 'Talks resume\n\nSEOUL, Dec. 5 Yonhap - U.S. Special Representative Stephen Biegun flew in on Wednesday for the talks on the peninsula.';
    expect(run(text, '2019-12-05').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['Stephen Biegun', 'Seoul', '2019-12-04']]);
  });
});

describe('the object of "with" is no coordinated subject of the next clause (1.27.120)', () => {
  it('reads "A arrived in X with chief negotiator B, and C landed in Y" as C\'s trip alone to Y, not B\'s too', () => {
    const x = run('Turkish Cypriot leader Mustafa Akıncı arrived in Geneva on Saturday with chief negotiator Özdil Nami, and Greek Cypriot leader Nicos Anastasiades landed in Zurich on Sunday morning.', '2016-11-22');
    expect(x.visits.filter((v) => v.city === 'Zurich').map((v) => [v.envoy, v.date, v.counterparts])).toEqual([['Nicos Anastasiades', '2016-11-20', []]]);
    // (nor does C travel along with A)
    expect(x.visits.filter((v) => v.city === 'Geneva').map((v) => [v.envoy, v.companions])).toEqual([['Mustafa Akıncı', ['Ozdil Nami']]]);
  });
});

describe('"A, <office>, and B also took part in Tuesday\'s opening plenary" (1.27.121)', () => {
  it('gives both named attendees the visit to the talks the lead placed, on the day named', () => {
    const text = 'BEIJING, Sept. 19 Kyodo - The six-party talks on the peninsula adopted a joint statement on Monday.\n\nThe talks resumed on Tuesday after a recess.\n\nThe delegations met again on Thursday.\n\nThe statement was read out at the guesthouse.\n\nJapan\'s Kenichiro Sasae, director general of the ministry\'s Asian bureau, and Russian Deputy Foreign Minister Alexander Alexeyev also took part in Tuesday\'s opening plenary.';
    expect(run(text, '2005-09-21').visits.map((v) => [v.envoy, v.city, v.date])).toEqual([
      ['Kenichiro Sasae', 'Beijing', '2005-09-20'],
      ['Alexander Alexeyev', 'Beijing', '2005-09-20'],
    ]);
  });
});

describe('"consulted" and "conferred with" as a meeting (1.28.101)', () => {
  it('places "had consulted the parties in A and in B" and "conferred with X in C" like "met"', () => {
    expect(visits('UN envoy Marten Oskarsson had consulted the parties in Nouakchott and in Dakhla earlier in June.').map((v) => [v[0], v[1], v[3]])).toEqual([
      ['Marten Oskarsson', 'Nouakchott', 'in_person'],
      ['Marten Oskarsson', 'Dakhla', 'in_person'],
    ]);
    expect(visits('AU envoy Marten Oskarsson conferred with President Idrissa Kane in Bamako on Monday.')).toEqual([['Marten Oskarsson', 'Bamako', '2025-02-24', 'in_person']]);
  });

  it('reads "flew home from A, where he had consulted X" as a stay in A', () => {
    expect(visits('Foreign Minister Tendai Moyo flew back to Harare on Monday from Lusaka, where he had consulted President Joseph Banda about the ceasefire.').map((v) => [v[0], v[1]])).toContainEqual(['Tendai Moyo', 'Lusaka']);
  });

  it('leaves "consulted" with no place, or by phone, to no visit', () => {
    expect(visits('UN envoy Marten Oskarsson consulted his legal advisers on Monday.')).toEqual([]);
    expect(visits('UN envoy Marten Oskarsson consulted President Idrissa Kane by phone from Nouakchott on Monday.').filter((v) => v[3] === 'in_person')).toEqual([]);
  });
});

describe('"who flew back to X" (1.28.102)', () => {
  it('reads "X, who flew back to C on DAY for the closing session, said" as a stay in C on that day', () => {
    expect(visits('UN envoy Marten Oskarsson, who flew back to Montreux on Sunday for the closing session, said the deal would hold.')).toEqual([['Marten Oskarsson', 'Montreux', '2025-02-23', 'in_person']]);
    expect(visits('EU mediator Ilse Vermeulen, who travelled back to Ohrid on Monday from Brussels, said the text was final.').map((v) => [v[0], v[1], v[2]])).toEqual([['Ilse Vermeulen', 'Ohrid', '2025-02-24']]);
  });

  it('leaves a main clause\'s "flew back to C", often a return home, to no visit', () => {
    expect(visits('Interior Minister Osman Teferra flew back to Kassala the next day.')).toEqual([]);
  });
});

describe('an announced attendance after the meeting\'s place (1.28.103)', () => {
  it('reads "The council is due to meet in C next week, and X is expected to attend." as X\'s planned stop in C', () => {
    expect(visits('The joint council is due to meet in Mopti next week, and AU envoy Marten Oskarsson is expected to attend.')).toEqual([['Marten Oskarsson', 'Mopti', null, 'planned']]);
    expect(visits('The talks will be held in Mopti in March, and AU envoy Marten Oskarsson will attend.').map((v) => [v[0], v[1], v[3]])).toEqual([['Marten Oskarsson', 'Mopti', 'planned']]);
  });

  it('leaves an attendance with its own object, or after a place of no meeting, to no stop', () => {
    expect(visits('The talks will be held in Mopti next week, and AU envoy Marten Oskarsson will attend the opening.')).toEqual([]);
    expect(visits('Fighting flared in Mopti last week, and AU envoy Marten Oskarsson is expected to attend.')).toEqual([]);
  });
});
