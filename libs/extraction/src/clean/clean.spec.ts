import { clean } from './clean';

const blockTexts = (raw: string) => clean(raw).blocks.map((b) => raw.slice(b.start, b.end));

describe('page notes before the lead', () => {
  it('drops a bracketed capture or translation note and a cookie banner', () => {
    const raw = 'BERNAMA\n[Cached page — retrieved 2016/11/23]\nThis site uses cookies. [Agree]\n[Traducido del español / Translated from Spanish]\nThe talks ended on Friday in Manila with an agreement.\n';
    expect(blockTexts(raw)).toEqual(['BERNAMA', 'The talks ended on Friday in Manila with an agreement.']);
  });

  it('keeps a bracketed editorial update that is part of the report', () => {
    const raw = 'The talks ended on Friday.\n[Update: the two sides will meet again in Doha on Monday.]\n';
    expect(blockTexts(raw)).toHaveLength(2);
  });

  it('reads the dateline of the lead after the page notes, with its day and a double hyphen', () => {
    const raw = '[Internet Archive · captured 2004-02-11]\nWe use cookies to improve your experience. [Accept all]\nMANILA, March 27 (Bernama) -- The prime minister arrived here this morning.\n';
    expect(clean(raw).dateline).toBe('MANILA');
  });

  it('still reads "GENEVA (AP) _" and "LOME, July 7 (AFP) -" datelines', () => {
    expect(clean('GENEVA (AP) _ The ministers agreed on Friday.\n').dateline).toBe('GENEVA');
    expect(clean('LOME, July 7 (AFP) - The two leaders signed the agreement.\n').dateline).toBe('LOME');
  });
});

describe('a dateline on a line of its own', () => {
  it('reads "Guatemala City, 29 December" and "KATHMANDU, Nov 21" above the lead as the dateline and drops the line', () => {
    const raw = 'Peace signed\n\nBy Carlos Menocal\nGuatemala City, 29 December\n\nThe two sides signed the agreement on Sunday.\n';
    expect(clean(raw).dateline).toBe('Guatemala City');
    expect(blockTexts(raw)).not.toContain('Guatemala City, 29 December');
    expect(clean('POST REPORT\nKATHMANDU, Nov 21\n\nThe accord was signed on Tuesday night.\n').dateline).toBe('KATHMANDU');
  });

  it('does not read a sentence of the report as a dateline', () => {
    expect(clean('The talks in Geneva, which opened on 21 November, ended without a deal.\n').dateline).toBeNull();
  });
});

describe('a related-stories list in the middle of a capture (1.19.187)', () => {
  it('drops the list and keeps the next full paragraph of the article', () => {
    const raw =
      'The envoy met the junta chief in the capital on Wednesday and pressed for access.\n\nRelated Stories\nThai PM Meets Junta Chief in Bangkok – April 17\nChina\'s Special Envoy Visits the Capital – March 3\n\nShe is expected to travel to Kuala Lumpur for the regional summit at the end of the month.\n';
    expect(blockTexts(raw)).toEqual([
      'The envoy met the junta chief in the capital on Wednesday and pressed for access.',
      'She is expected to travel to Kuala Lumpur for the regional summit at the end of the month.',
    ]);
  });

  it('still ends the article at the comments', () => {
    const raw = 'The envoy met the junta chief in the capital on Wednesday and pressed for access.\n\nComments\nJohn: the envoy should have stayed home, as everybody in the capital knows very well by now.\n';
    expect(blockTexts(raw)).toHaveLength(1);
  });
});

describe('the article after a related-stories list, short paragraphs too (1.19.191)', () => {
  it('keeps a ten-word sentence after the list', () => {
    const raw = 'The leaders met in Geneva on Tuesday for an informal meeting.\n\nRELATED\nLeader meets president in Ankara – Friday\n\nAnother enlarged meeting is expected to be held in July.\n';
    expect(blockTexts(raw)).toContain('Another enlarged meeting is expected to be held in July.');
  });
});

describe('a related list\'s own items stay out, even whole sentences (1.19.201)', () => {
  it('drops a sentence right under the heading and resumes after the blank line that closes the list', () => {
    const raw = 'The envoy said the truce must hold.\n\nRelated Articles\nThe foreign minister said the talks will resume soon in Istanbul.\n\nThe next round is scheduled for March in Addis Ababa.\n';
    expect(blockTexts(raw)).toEqual(['The envoy said the truce must hold.', 'The next round is scheduled for March in Addis Ababa.']);
  });
});

describe('previous/next item lines of podcasts, press releases and debates (1.19.204)', () => {
  it('drops "Previous episode: Ep. 141 – Witkoff meets Putin in St Petersburg (April 11)" and "Previous debate | Next debate"', () => {
    const raw = 'The second round took place in Rome on Saturday.\n\nPrevious episode: Ep. 141 – Witkoff meets Putin in St Petersburg (April 11)\nPrevious debate | Next debate\n';
    expect(blockTexts(raw)).toEqual(['The second round took place in Rome on Saturday.']);
  });

  it('keeps a sentence that merely starts with "Next week"', () => {
    const raw = 'Next week the envoy will travel to Belgrade and Pristina for talks.\n';
    expect(blockTexts(raw)).toHaveLength(1);
  });
});

describe('a news agency sign-off after the last full stop (1.19.218)', () => {
  it('keeps "Mr Alounkeo is expected to travel to Bangkok next week. — MNA" a body paragraph, not a headline', () => {
    const raw = 'The envoy met the chairman on Thursday.\n\nMr Alounkeo is expected to travel to Bangkok next week. — MNA\n';
    expect(clean(raw).blocks.map((b) => b.kind)).toEqual(['body', 'body']);
  });
});

describe('a comment section headed by its count (1.19.232)', () => {
  it('ends the article at "3 thoughts on this article"', () => {
    const raw = 'Dion Ngute arrived in Bamenda on Thursday.\n\n3 thoughts on this article\nNdi Bamenda says: Dialogue yes, but with whom?\nLeave a comment\n';
    expect(blockTexts(raw).filter((t) => /Ndi Bamenda/.test(t))).toEqual([]);
  });

  it('ends the article at a count alone on its line ("4 comments"), not at a count inside a sentence', () => {
    const raw = 'My guess: the mediation is over.\n\nTags: ECOWAS, AES, Sahel\n4 comments\nMoussa D. - 30 January 2025 at 10:12: Excellent summary. Faye will be in Abuja again next month, I hear.\n';
    expect(blockTexts(raw).filter((t) => /Moussa|Abuja/.test(t))).toEqual([]);
    expect(blockTexts('The talks ended.\n\nThe delegations sent 4 comments on the draft.\n')).toHaveLength(2);
  });
});

describe('a masthead\'s "Sign in | Subscribe" line (1.19.303)', () => {
  it('drops it, so that the dateline of the lead after it is read', () => {
    const raw = 'Sign in | Subscribe   Thursday, 3 November 2022 (captured 03/11/2022 06:41)\n\nPRETORIA, Nov 2 (Reuters) - The two sides signed an agreement on Wednesday.\n';
    const r = clean(raw);
    expect(r.blocks).toHaveLength(1);
    expect(r.dateline).toBe('PRETORIA');
  });
});

describe('related lists headed "READ MORE" or "MORE FROM <outlet>"', () => {
  it('drops the list items after the heading, and reads the article again after a blank line and a full paragraph', () => {
    const raw = 'The envoy arrived in Aden on Tuesday for talks with the governor.\n\nREAD MORE\n- Envoy to fly to Riyadh on Monday, sources say (Nov. 1, 2019)\n- Minister to visit Aden next week (Nov. 4, 2019)\n\nThe governor later said the talks had been useful and would go on next month.\n\nMORE FROM THE DAILY STAR\n- President to fly to Paris on Sunday night, office says (Dec. 6, 2019)\n';
    expect(blockTexts(raw)).toEqual(['The envoy arrived in Aden on Tuesday for talks with the governor.', 'The governor later said the talks had been useful and would go on next month.']);
  });

  it('keeps a paragraph that merely starts with "More from", and what follows it', () => {
    const raw = 'The envoy arrived in Aden on Tuesday.\n\nMore from the talks: the two sides met again on Wednesday in Aden and agreed on a new round of talks.\nThe governor said the talks had been useful.\n';
    expect(blockTexts(raw)).toHaveLength(3);
  });
});

describe('an American wire\'s dateline with its state', () => {
  it('reads "KEY WEST, Fla. (AP) -" and "DAYTON, Ohio, Nov. 21 (AP) -" as datelines of the city', () => {
    expect(clean('KEY WEST, Fla. (AP) - Secretary of State Colin Powell opened talks on Tuesday.\n').dateline).toBe('KEY WEST');
    expect(clean('DAYTON, Ohio, Nov. 21 (AP) - The presidents initialed the agreement.\n').dateline).toBe('DAYTON');
  });
});

describe('readers\' comments headed by their count in brackets', () => {
  it('ends the article at "COMMENTS (312)"', () => {
    const raw = 'The protocols were signed in Zurich on Saturday evening.\n\nCOMMENTS (312)\nreader1 - 10 October 2009 9:05PM: The president is in Zurich, I am told.\n';
    expect(blockTexts(raw)).toEqual(['The protocols were signed in Zurich on Saturday evening.']);
  });
});

describe('a short line wholly in square brackets', () => {
  it('is the archive\'s or the desk\'s note, not the story\'s first paragraph', () => {
    const raw = '[Scanned text starts]\nNAIROBI (AP) - The two leaders signed the accord on Monday.\n[End of scanned text]\n';
    expect(blockTexts(raw)).toEqual(['NAIROBI (AP) - The two leaders signed the accord on Monday.']);
    expect(clean(raw).dateline).toBe('NAIROBI');
  });

  it('keeps a paragraph that only opens with a bracketed word', () => {
    expect(blockTexts('[Update] The envoy arrived in Aden on Tuesday.\n')).toEqual(['[Update] The envoy arrived in Aden on Tuesday.']);
  });
});

describe('a lead opened by its city in ordinary case and a full stop', () => {
  it('reads "Dar es Salaam. Heads of state ..." as a dateline and starts the paragraph after it', () => {
    const raw = 'Summit ends\nDar es Salaam. Heads of state of the region agreed on Saturday on a joint framework.\n';
    const r = clean(raw);
    expect(r.dateline).toBe('Dar es Salaam');
    expect(blockTexts(raw)).toEqual(['Summit ends', 'Heads of state of the region agreed on Saturday on a joint framework.']);
  });

  it('leaves a lead opened by a word that is no city alone', () => {
    expect(clean('Summit ends\nFinally. The ministers agreed on Saturday on a joint framework.\n').dateline).toBeNull();
  });
});
