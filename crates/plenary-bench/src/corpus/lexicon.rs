//! The general (not topical) lexicon: stance verbs, modals, adverbs,
//! evaluative adjectives, openers, forums and the like. Lists are long on
//! purpose: the more ways there are to fill a slot, the less two
//! independently generated sentences share.

/// Stance verbs that take a noun phrase ("we welcome ...").
#[rustfmt::skip]
pub(crate) const STANCE_NP: &[&str] = &[
    "welcome", "support", "value", "appreciate", "endorse", "encourage", "recall", "commend",
    "acknowledge", "emphasize", "underline", "highlight", "stress the importance of",
    "attach great importance to", "place high value on", "see merit in", "remain committed to",
    "look forward to", "continue to champion", "strongly favour", "wish to draw attention to",
    "have reservations about", "reiterate our support for", "call for", "advocate",
    "fully subscribe to", "remain open to", "be ready to discuss", "take note of", "back",
    "be encouraged by", "place particular emphasis on", "lend our full weight to",
    "remain cautious about", "be willing to explore", "insist on", "favour",
    "be a strong proponent of", "pay close attention to", "remain attached to",
];

/// Verbs of stance that take a that-clause ("we believe that ...").
#[rustfmt::skip]
pub(crate) const STANCE_THAT: &[&str] = &[
    "believe", "consider", "be convinced", "remain of the view", "note with concern", "recognize",
    "firmly believe", "maintain", "would like to stress", "wish to underline", "share the view",
    "take the position", "be confident", "be concerned", "observe", "insist", "hold",
    "be of the opinion", "note with appreciation", "be persuaded", "would argue",
    "cannot ignore the fact", "feel strongly", "agree", "submit", "want to be clear",
    "have long argued", "have consistently maintained", "continue to believe", "remain convinced",
];

/// Transitive verbs of policy work, usable with most topics.
#[rustfmt::skip]
pub(crate) const ACTIONS: &[&str] = &[
    "strengthen", "promote", "advance", "operationalize", "implement", "support", "deepen",
    "broaden", "sustain", "reinforce", "safeguard", "preserve", "foster", "facilitate", "enhance",
    "develop", "clarify", "address", "mitigate", "prevent", "share", "coordinate", "harmonize",
    "mainstream", "consolidate", "review", "assess", "prioritize", "scale up",
    "build/builds/building/built/built on", "leverage", "recognize", "ensure", "secure", "monitor",
    "examine", "explore", "expand", "integrate", "streamline", "accelerate", "pursue", "launch",
    "update", "align", "embed", "anchor", "reflect", "revisit",
    "take/takes/taking/took/taken stock of", "keep/keeps/keeping/kept/kept under review",
    "give/gives/giving/gave/given effect to", "make/makes/making/made/made progress on",
    "invest in", "focus on", "rethink", "calibrate", "underpin", "complement", "reinvigorate",
    "bolster", "galvanize", "spearhead", "pilot", "showcase", "nurture", "refine", "follow up on",
    "advance work on", "pave/paves/paving/paved/paved the way for",
    "lay/lays/laying/laid/laid the groundwork for", "draw/draws/drawing/drew/drawn attention to",
];

#[rustfmt::skip]
pub(crate) const QUALITIES: &[&str] = &[
    "practical", "concrete", "meaningful", "sustained", "voluntary", "inclusive", "transparent",
    "effective", "equitable", "balanced", "pragmatic", "robust", "coherent", "comprehensive",
    "targeted", "cross-regional", "incremental", "ambitious", "realistic", "forward-looking",
    "evidence-based", "well-resourced", "systematic", "credible", "durable", "flexible",
    "substantive", "collective", "holistic", "measurable", "open", "stable", "peaceful", "genuine",
    "structured", "tangible", "modest", "clearer", "broader", "stronger",
    "lasting", "principled", "context-specific", "proportionate", "timely", "well-targeted",
    "mutually reinforcing", "country-led", "accountable", "integrated", "adaptive", "enduring",
    "coordinated",
];

#[rustfmt::skip]
pub(crate) const EVALUATIONS: &[&str] = &[
    "essential", "crucial", "vital", "important", "necessary", "imperative", "indispensable",
    "critical", "urgent", "timely", "encouraging", "regrettable", "worrying", "significant",
    "noteworthy", "paramount", "appropriate", "high time", "long overdue", "self-evident",
    "striking", "unfortunate", "welcome", "fitting",
];

#[rustfmt::skip]
pub(crate) const MODALS: &[&str] = &[
    "should", "must", "can", "could", "will", "would", "may", "need to", "ought to", "will have to",
    "should continue to", "must now", "can only", "would do well to", "might usefully",
    "will need to", "should be able to", "may well", "could well",
];

#[rustfmt::skip]
pub(crate) const ADVERBS: &[&str] = &[
    "further", "also", "fully", "urgently", "collectively", "progressively", "actively",
    "consistently", "systematically", "jointly", "gradually", "decisively", "effectively",
    "meaningfully", "continuously", "carefully", "resolutely", "concretely", "steadily",
    "genuinely", "swiftly", "patiently", "properly",
];

/// Heads of nominalizations: "the {head} of {np}".
#[rustfmt::skip]
pub(crate) const NOMINALS: &[&str] = &[
    "implementation", "operationalization", "universalization", "elaboration", "clarification",
    "practical application", "further development", "consolidation", "erosion", "misuse",
    "protection", "integrity", "resilience", "availability", "security", "continued relevance",
    "effectiveness", "credibility", "sustainability", "future", "long-term viability", "coherence",
    "visibility", "scope", "applicability", "governance", "financing", "fragmentation",
    "politicization", "review", "stewardship", "weaponization", "cost",
    "uptake", "mainstreaming", "institutionalization", "ownership", "practical relevance", "reach",
    "inclusiveness", "predictability", "added value", "interoperability", "impact", "follow-up",
];

/// Role phrases: "{np} as {role} {np}".
#[rustfmt::skip]
pub(crate) const ROLES: &[&str] = &[
    "a cornerstone of", "a building block for", "a practical tool for", "an essential element of",
    "a foundation for", "a litmus test for", "an investment in", "a prerequisite for",
    "a safeguard against", "a bridge between capitals and", "a catalyst for", "a benchmark for",
    "the backbone of", "a first line of defence for", "a testing ground for", "a key enabler of",
    "an early harvest of", "a natural complement to", "a means to advance",
    "a stepping stone towards", "a vehicle for", "a core component of", "a yardstick for",
    "an enabler of",
];

#[rustfmt::skip]
pub(crate) const OPENERS: &[&str] = &[
    "In this regard,", "At the same time,", "Moreover,", "Furthermore,", "In our view,",
    "For this reason,", "Against this backdrop,", "Looking ahead,", "In particular,", "Equally,",
    "Nonetheless,", "To that end,", "Similarly,", "Importantly,", "First,", "Second,", "Third,",
    "Finally,", "Above all,", "In practical terms,", "In the same vein,",
    "As a matter of principle,", "Regrettably,", "Encouragingly,", "By the same token,",
    "Most importantly,", "Consequently,", "In parallel,", "Beyond that,", "On this point,",
    "On a related note,", "Put simply,", "Indeed,", "Ultimately,", "To be clear,",
    "With this in mind,", "Over the past year,", "Since the adoption of the final report,",
    "As previous speakers have noted,", "As we have stated before,",
    "Building on the annual progress reports,", "For small delegations like ours,",
    "From our national perspective,", "Across our region,", "On the ground,", "In the longer term,",
    "For the time being,", "In the interim,", "Going forward,", "At this stage,", "As a next step,",
    "In concrete terms,", "By way of example,", "Here too,", "Once again,", "Sadly,",
    "Fortunately,", "Frankly,", "In short,", "Last but not least,",
];

#[rustfmt::skip]
pub(crate) const FORUMS: &[&str] = &[
    "s this Working Group", "s the Open-ended Working Group", "s the Global Mechanism",
    "s the United Nations", "s the General Assembly", "s the future mechanism",
    "p the dedicated thematic groups", "p regional organizations", "s this process",
    "s the Secretariat", "s the First Committee", "p the plenary meetings", "s the Chair",
];

#[rustfmt::skip]
pub(crate) const DOCUMENTS: &[&str] = &[
    "the framework of responsible State behaviour", "the final report of the Working Group",
    "resolution 75/240", "the consensus reports of 2021", "the Charter of the United Nations",
    "the Chair's roadmap", "the third annual progress report",
    "the 2015 report of the Group of Governmental Experts", "agreed language",
    "national legislation", "the elements paper", "the Chair's revised non-paper",
    "the mandate of the Global Mechanism", "our national cybersecurity strategy", "the 2030 Agenda",
];

#[rustfmt::skip]
pub(crate) const PLACES: &[&str] = &[
    "our region", "the Pacific", "Africa", "Latin America and the Caribbean", "South-East Asia",
    "the Arab region", "Central Asia", "the Western Balkans", "small economies", "the Sahel",
    "the Caribbean", "our neighbourhood", "the Indian Ocean region",
];

#[rustfmt::skip]
pub(crate) const TIMES: &[&str] = &[
    "the next substantive session", "the end of the mandate", "the review conference",
    "the next plenary", "the end of this year", "the coming biennium", "the next reporting cycle",
    "the organizational session", "the thematic group meetings in December", "mid-2026",
];

/// Generic actors, usable with any topic.
#[rustfmt::skip]
pub(crate) const ACTORS: &[&str] = &[
    "p developing countries", "p small island developing States", "q all Member States",
    "p regional and subregional organizations", "d the private sector",
    "p civil society organizations", "p national CERTs", "p computer emergency response teams",
    "p law enforcement agencies", "p technical experts", "p policymakers", "m academia",
    "p relevant stakeholders", "p donor countries", "p capitals", "p smaller delegations",
    "p like-minded partners", "p United Nations entities", "p parliamentarians", "p regulators",
    "p regional economic communities", "p ministries of foreign affairs",
    "p private sector partners", "p international financial institutions",
    "p youth representatives", "p local authorities",
];

/// Subordinators that open an adverbial clause: "{sub} {clause}, {clause}".
#[rustfmt::skip]
pub(crate) const SUBORDINATORS: &[&str] = &[
    "While", "Although", "Because", "As long as", "Unless", "Since", "Now that", "Given that",
    "Even if", "Whereas", "Insofar as", "Until", "Once",
];

/// Sentence-internal linkers between two clauses: "{clause}, {link} {clause}".
#[rustfmt::skip]
pub(crate) const LINKERS: &[&str] = &[
    "and", "but", "while", "whereas", "since", "as", "so", "yet", "because", "and for that reason",
    "even though", "and in our view", "although",
];

/// Verbs that introduce a gerund complement ("{subj} {v} {ing} {np}").
#[rustfmt::skip]
pub(crate) const GERUND_TAKERS: &[&str] = &[
    "involve", "require", "mean", "entail", "justify", "merit", "warrant", "deserve",
];

/// Past-tense reporting verbs for press releases.
#[rustfmt::skip]
pub(crate) const REPORTING: &[&str] = &[
    "said", "noted", "observed", "argued", "pointed out", "stressed", "added", "recalled",
    "explained", "underlined", "maintained", "cautioned", "affirmed", "stated",
];

/// Speech tags after a quotation in a press release.
#[rustfmt::skip]
pub(crate) const SPEECH_TAGS: &[&str] = &[
    "said", "added", "maintained", "stressed", "noted", "emphasized",
];
