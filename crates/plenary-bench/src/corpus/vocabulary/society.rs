//! Topics of cooperation and society: capacity-building, institutional
//! dialogue, disinformation, the digital divide, emerging technologies,
//! stakeholders, gender and inclusion, and data security. Entries follow the
//! codes described in `vocabulary`.

use super::topic::Topic;

#[rustfmt::skip]
pub(super) const CAPACITY: Topic = Topic {
    name: "capacity-building",
    things: &[
        "m capacity-building", "p training programmes", "p skills gaps", "s needs-based approach",
        "p national cyber strategies", "m technical assistance", "p cyber fellowships",
        "s dedicated funding mechanism", "p donor programmes", "m technology transfer",
        "s capacity-building portal", "p regional centres of excellence",
        "m South-South cooperation", "m triangular cooperation", "p university curricula",
        "m workforce development", "p awareness campaigns", "s mapping exercise", "p trust funds",
        "p mentoring schemes", "p sponsorship programmes", "m forensic expertise",
        "p train-the-trainer models", "s voluntary fund", "p project proposals",
        "m absorption capacity", "p cyber capacity assessments", "p CERT development programmes",
        "m sustainable funding", "p peer-to-peer exchanges", "p maturity models",
        "m institutional capacity", "p legal drafting support", "p cyber ranges",
        "s matchmaking platform", "p incident response trainings", "m knowledge transfer",
        "p scholarships", "s whole-of-government approach", "m local ownership", "p regional hubs",
    ],
    qualities: &[
        "demand-driven", "tailored", "sustainable", "needs-based", "gender-sensitive", "long-term",
        "politically neutral", "results-oriented", "reciprocal", "well-coordinated",
        "locally owned", "scalable", "targeted", "inclusive",
    ],
    actions: &[
        "fund", "finance", "resource", "scale up", "tailor", "coordinate", "deliver", "match",
        "evaluate", "sustain", "equip/equips/equipping/equipped/equipped", "train", "pool",
        "localize", "prioritize", "monitor", "co-design",
    ],
    actors: &[
        "p donor countries", "p implementing partners", "p development agencies",
        "p beneficiary States", "p training institutes", "p regional development banks",
        "p academic partners",
    ],
};

#[rustfmt::skip]
pub(super) const DIALOGUE: Topic = Topic {
    name: "regular institutional dialogue",
    things: &[
        "s regular institutional dialogue", "d the future permanent mechanism",
        "s single-track process", "p dedicated thematic groups", "p modalities of participation",
        "m stakeholder participation", "s consensus-based process", "p annual progress reports",
        "d the Programme of Action", "s review conference", "p plenary sessions",
        "p decision-making procedures", "m continuity", "s action-oriented agenda",
        "p intersessional meetings", "p rules of procedure", "s programme of work",
        "m institutional memory", "s secretariat support structure", "p budgetary implications",
        "s smooth transition", "p working methods", "m duplication", "p thematic discussions",
        "s follow-up process", "p review mechanisms", "m predictable funding",
        "p cross-cutting issues", "s biennial review", "p reporting obligations",
        "s hybrid format", "p Chair's summaries", "m decision-making by consensus",
        "p agenda items", "s coordination committee", "p modalities for review",
        "m geographic balance", "p side events",
    ],
    qualities: &[
        "permanent", "inclusive", "transparent", "consensus-based", "action-oriented",
        "single-track", "institutional", "open-ended", "efficient", "predictable", "regular",
        "structured", "flexible", "cost-effective",
    ],
    actions: &[
        "convene", "structure", "streamline", "institutionalize", "avoid", "preserve", "review",
        "organize", "mandate", "sequence", "coordinate", "schedule", "consolidate", "report to",
        "launch",
    ],
    actors: &[
        "p delegations", "p co-facilitators", "p chairs of thematic groups", "p observer States",
        "d the Bureau", "p facilitators",
    ],
};

#[rustfmt::skip]
pub(super) const DISINFORMATION: Topic = Topic {
    name: "disinformation",
    things: &[
        "m disinformation", "p information operations", "m hate speech", "p online platforms",
        "p fabricated narratives", "m media literacy", "m algorithmic amplification",
        "p coordinated inauthentic networks", "p deepfakes", "m information integrity",
        "p fact-checking networks", "p social media companies", "m xenophobia",
        "p smear campaigns", "m public trust", "m foreign information manipulation",
        "p conspiracy theories", "m content moderation", "p independent media outlets",
        "p election periods", "m freedom of expression", "p manipulated images", "p troll farms",
        "p bot networks", "m information resilience", "p public awareness campaigns",
        "p manipulated videos", "p false health claims", "m transparency of political advertising",
        "p recommender systems", "m foreign interference in elections",
        "p platform transparency reports", "p trusted information sources", "p online harms",
        "p media literacy programmes", "p influence campaigns",
    ],
    qualities: &[
        "false", "misleading", "coordinated", "manipulative", "divisive", "viral", "hostile",
        "inauthentic", "harmful", "deceptive", "polarizing", "orchestrated", "automated",
    ],
    actions: &[
        "counter", "debunk", "expose", "label", "demonetize", "moderate", "prebunk", "trace",
        "discredit", "amplify", "monitor", "flag", "attribute", "disrupt", "rebut",
    ],
    actors: &[
        "p journalists", "p platform operators", "p educators", "p fact-checkers",
        "p civil society monitors", "p electoral commissions",
    ],
};

#[rustfmt::skip]
pub(super) const DIVIDE: Topic = Topic {
    name: "digital divide",
    things: &[
        "s digital divide", "m connectivity", "p underserved communities",
        "m affordable broadband", "m digital literacy", "p rural areas",
        "d the gender digital divide", "m inclusive digital transformation", "m e-government",
        "p digital public goods", "p developing economies", "m meaningful participation",
        "m access to technology", "m socio-economic development",
        "q the Sustainable Development Goals", "p data gaps", "p last-mile connections",
        "m digital infrastructure investment", "p digital skills",
        "p landlocked developing countries", "p mobile networks", "m technological dependence",
        "p community networks", "m satellite connectivity", "p digital public infrastructure",
        "p affordability gaps", "m spectrum allocation", "p public access points",
        "m local content", "p digital skills programmes", "p universal service funds",
        "p schools without connectivity", "m inclusive finance", "s national broadband plan",
        "p rural cooperatives", "m meaningful connectivity", "p device costs",
    ],
    qualities: &[
        "affordable", "inclusive", "equitable", "digital", "universal", "accessible", "rural",
        "underserved", "developmental", "low-cost", "community-based", "national", "connected",
    ],
    actions: &[
        "bridge", "close", "narrow", "connect", "digitize", "measure", "invest in", "extend",
        "overcome/overcomes/overcoming/overcame/overcome", "democratize", "subsidize",
        "map/maps/mapping/mapped/mapped", "scale up", "localize", "fund",
    ],
    actors: &[
        "p developing countries", "p least developed countries",
        "p small island developing States", "p local communities", "p development banks",
        "p mobile operators", "p community leaders",
    ],
};

#[rustfmt::skip]
pub(super) const TECHNOLOGIES: Topic = Topic {
    name: "emerging technologies",
    things: &[
        "m artificial intelligence", "p machine learning models", "m quantum cryptography",
        "p autonomous systems", "p connected devices", "m cloud computing",
        "p large language models", "m post-quantum migration", "p fifth-generation networks",
        "p data centres", "p synthetic media", "m AI-enabled malware",
        "p automated vulnerability discovery tools", "p software bills of materials",
        "p open-source components", "m security by design", "p dual-use technologies",
        "m algorithmic transparency", "p AI-enabled cyber tools", "p quantum computers",
        "p satellite constellations", "p Internet of Things devices", "p biometric systems",
        "p generative AI tools", "m edge computing", "p semiconductor supply chains",
        "p robotic systems", "m responsible AI governance", "p AI safety evaluations",
        "m next-generation network research", "p digital twins", "m technology foresight",
        "p open-weight models",
    ],
    qualities: &[
        "emerging", "autonomous", "AI-enabled", "quantum-resistant", "dual-use", "novel",
        "frontier", "automated", "disruptive", "cutting-edge", "data-driven", "trustworthy",
    ],
    actions: &[
        "govern", "assess", "certify", "audit", "anticipate", "harness", "test", "stress-test",
        "secure", "deploy", "regulate", "evaluate", "red-team", "standardize", "monitor",
    ],
    actors: &[
        "p technology developers", "p standard-setting bodies", "p research laboratories",
        "p start-ups", "p AI developers", "p chip manufacturers",
    ],
};

#[rustfmt::skip]
pub(super) const STAKEHOLDERS: Topic = Topic {
    name: "multi-stakeholder engagement",
    things: &[
        "d the private sector", "p technology companies", "p civil society organizations",
        "m academia", "p non-governmental stakeholders", "p public-private partnerships",
        "p industry consortia", "p internet service providers", "p security researchers",
        "m multi-stakeholder engagement", "p accreditation procedures", "p written inputs",
        "p informal consultations", "p stakeholder modalities", "s veto on accreditation",
        "m expertise from outside government", "p open briefings", "p stakeholder consultations",
        "p written submissions", "p hybrid participation options",
        "p regional stakeholder networks", "m transparency in accreditation", "p expert briefings",
        "p joint statements by stakeholders", "d the technical community", "p youth organizations",
        "p industry perspectives", "p objections to accreditation",
        "m equal access for stakeholders", "p informal dialogues", "s stakeholder liaison office",
        "p practical contributions",
    ],
    qualities: &[
        "multi-stakeholder", "open", "meaningful", "non-governmental", "accredited", "expert",
        "independent", "constructive", "inclusive", "diverse", "transparent", "practical",
    ],
    actions: &[
        "engage", "consult", "accredit", "involve", "hear/hears/hearing/heard/heard from",
        "draw/draws/drawing/drew/drawn on", "invite", "include", "benefit from", "welcome",
        "listen to", "partner with", "leverage", "support",
    ],
    actors: &[
        "p companies", "p researchers", "p non-governmental organizations", "p think tanks",
        "p industry associations", "p civil society networks",
    ],
};

#[rustfmt::skip]
pub(super) const GENDER: Topic = Topic {
    name: "gender and inclusion",
    things: &[
        "m gender equality", "m women's participation", "p gender-sensitive approaches",
        "p persons with disabilities", "m youth engagement", "m diversity",
        "p women in cyber fellowships", "m gender mainstreaming", "p vulnerable groups",
        "p indigenous communities", "p sex-disaggregated data", "m online harassment",
        "p gendered impacts of cyber incidents", "m equal representation",
        "p female technical experts", "p inclusive delegations", "p gender impact assessments",
        "m women's leadership", "p mentorship networks",
        "m technology-facilitated gender-based violence", "p gender advisers",
        "p inclusive recruitment policies", "m pay equity", "p women-led initiatives",
        "m intersectional analysis", "p gender-disaggregated indicators",
        "p trainings for women diplomats", "m balanced panels", "p accessible formats",
        "m disability inclusion", "p gender action plans",
    ],
    qualities: &[
        "gender-responsive", "inclusive", "diverse", "equal", "representative", "intersectional",
        "gendered", "women-led", "accessible", "balanced", "youth-led",
    ],
    actions: &[
        "mainstream", "empower", "include", "mentor", "recruit", "retain", "measure", "represent",
        "champion", "promote", "support", "amplify", "train",
    ],
    actors: &[
        "p women diplomats", "p young professionals", "p gender focal points", "p mentors",
        "p disability advocates", "p women's organizations",
    ],
};

#[rustfmt::skip]
pub(super) const DATA: Topic = Topic {
    name: "data security",
    things: &[
        "p personal data", "m data protection", "p cross-border data flows", "m privacy",
        "m encryption", "p data localization requirements", "m digital sovereignty",
        "p surveillance practices", "m online safety", "p cloud services", "p data breaches",
        "s trusted data framework", "p lawful access requests", "p encryption standards",
        "m data governance", "p identity systems", "m cross-border evidence sharing",
        "p data protection laws", "p data-sharing agreements", "m data minimization",
        "p biometric databases", "p adequacy decisions", "p privacy impact assessments",
        "m end-to-end encryption", "p health data", "m data portability", "p government databases",
        "p data retention rules", "m cross-border data governance", "s data stewardship model",
        "p anonymization techniques", "p data security standards",
    ],
    qualities: &[
        "personal", "sensitive", "encrypted", "trusted", "lawful", "interoperable", "private",
        "sovereign", "confidential", "secure", "compliant", "cross-border",
    ],
    actions: &[
        "protect", "encrypt", "govern", "localize",
        "transfer/transfers/transferring/transferred/transferred", "anonymize", "store",
        "regulate", "minimize", "audit", "safeguard", "share", "classify",
    ],
    actors: &[
        "p data protection authorities", "p cloud providers", "p regulators", "p consumers",
        "p privacy regulators", "p data controllers",
    ],
};
