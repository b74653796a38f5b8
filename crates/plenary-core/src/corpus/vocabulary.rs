//! The topical lexicon of the synthetic corpus: one entry per framework
//! pillar or cross-cutting theme, each with its own nouns, qualities, verbs
//! and actors. Paragraphs draw mostly from one topic, so generated text reads
//! on-topic while the vocabulary stays large enough that two independently
//! written sentences rarely share long word sequences.
//!
//! Nouns carry a two-letter code for their grammar: `p ` plural, `m ` mass,
//! `s ` singular countable, `d ` a fixed definite singular, `q ` a fixed
//! definite plural. Verbs are base forms, optionally `base/3sg/ing/past/pp`
//! when irregular; only the first word of a multi-word verb inflects.

pub(crate) struct Topic {
    pub name: &'static str,
    pub things: &'static [&'static str],
    pub qualities: &'static [&'static str],
    pub actions: &'static [&'static str],
    pub actors: &'static [&'static str],
}

#[rustfmt::skip]
pub(crate) const TOPICS: &[Topic] = &[
    Topic {
        name: "existing and potential threats",
        things: &[
            "p malicious ICT activities", "p cyber operations", "p State-sponsored intrusions",
            "p supply chain compromises", "p zero-day vulnerabilities",
            "p advanced persistent threats", "p espionage campaigns", "p destructive wiper attacks",
            "d the militarization of cyberspace", "p hybrid threats", "s evolving threat landscape",
            "d the commercial intrusion market", "p spyware tools", "p botnets",
            "p denial-of-service campaigns", "p offensive capabilities",
            "p vulnerabilities in widely used software", "s pattern of reckless behaviour",
            "p attacks against satellite systems", "p data-wiping malware",
            "s sharp rise in incidents", "p proxies operating from abroad", "m covert interference",
            "s arms race in cyberspace", "p attacks on electoral systems",
            "m misuse of remote access tools", "p exploit brokers",
            "s blurring of criminal and State activity", "p compromised routers",
        ],
        qualities: &[
            "malicious", "destabilizing", "persistent", "sophisticated", "escalatory", "reckless",
            "covert", "disruptive", "cross-border", "large-scale", "opaque", "indiscriminate",
        ],
        actions: &[
            "attribute", "expose", "disrupt", "deter/deters/deterring/deterred/deterred",
            "anticipate", "track", "analyse", "contain", "warn against", "monitor", "condemn",
            "dismantle", "investigate",
        ],
        actors: &[
            "p threat intelligence analysts", "p vulnerability researchers",
            "p incident responders", "p national security agencies", "p software vendors",
        ],
    },
    Topic {
        name: "rules, norms and principles",
        things: &[
            "q the eleven voluntary norms", "p norms of responsible State behaviour",
            "s norms implementation checklist", "m norm implementation",
            "p national implementation surveys", "p voluntary commitments",
            "m responsible vulnerability disclosure", "m supply chain integrity",
            "p protections for humanitarian organizations", "s culture of restraint",
            "p additional layers of understanding", "p reporting templates", "m peer learning",
            "s voluntary national survey", "m adherence to agreed norms", "p good practices",
            "s norm against harming emergency response teams", "p expectations of restraint",
            "m accountability for norm violations", "p guidance notes", "s cumulative framework",
            "m political commitment", "p lessons from implementation", "s shared baseline",
        ],
        qualities: &[
            "voluntary", "non-binding", "agreed", "responsible", "normative", "cumulative",
            "universal", "practical", "consensual", "evolving",
        ],
        actions: &[
            "implement", "observe", "operationalize", "uphold/upholds/upholding/upheld/upheld",
            "translate into practice", "respect", "survey", "document", "benchmark",
            "promote adherence to", "report on",
        ],
        actors: &[
            "p foreign ministries", "p national cyber agencies", "p norm entrepreneurs",
            "p legal advisers",
        ],
    },
    Topic {
        name: "international law",
        things: &[
            "d the Charter of the United Nations", "m international humanitarian law",
            "m State sovereignty", "s principle of non-intervention",
            "d the prohibition of the use of force", "m State responsibility", "p countermeasures",
            "m due diligence", "d the peaceful settlement of disputes", "p national positions",
            "d the inherent right of self-defence", "m international human rights law",
            "p legal obligations", "s legal vacuum", "p thresholds of wrongfulness",
            "m territorial integrity", "p principles of distinction and proportionality",
            "p questions of attribution", "s compendium of national views",
            "m customary international law", "p legal interpretations",
            "d the protection of civilians", "s case-based discussion", "p gaps in understanding",
        ],
        qualities: &[
            "legal", "applicable", "binding", "customary", "lawful", "wrongful", "interpretive",
            "judicial", "sovereign", "humanitarian",
        ],
        actions: &[
            "apply", "interpret", "clarify", "codify", "invoke", "comply with", "respect",
            "elaborate", "examine", "adjudicate", "reaffirm",
        ],
        actors: &[
            "p international lawyers", "p legal advisers", "p courts and tribunals",
            "p treaty bodies",
        ],
    },
    Topic {
        name: "confidence-building measures",
        things: &[
            "p confidence-building measures", "m transparency", "p national doctrines",
            "p white papers", "p communication channels", "s crisis communication protocol",
            "p regional CBMs", "p table-top exercises", "p voluntary briefings",
            "m information exchange", "p early warning arrangements", "m predictability",
            "p de-escalation procedures", "d the global initial list of CBMs", "p hotlines",
            "p scenario-based exercises", "m mutual trust", "p misperceptions",
            "p notification procedures", "m reciprocity", "p experiences of regional organizations",
            "s simulation exercise", "p misunderstandings",
        ],
        qualities: &[
            "transparent", "predictable", "reciprocal", "cooperative", "incremental", "regional",
            "verifiable", "practical", "trust-based",
        ],
        actions: &[
            "exchange", "notify", "share", "de-escalate", "build/builds/building/built/built",
            "test", "rehearse", "socialize", "clarify", "publish",
        ],
        actors: &[
            "p regional organizations", "p crisis managers", "p defence ministries",
            "p military planners",
        ],
    },
    Topic {
        name: "capacity-building",
        things: &[
            "m capacity-building", "p training programmes", "p skills gaps",
            "s needs-based approach", "p national cyber strategies", "m technical assistance",
            "p cyber fellowships", "s dedicated funding mechanism", "p donor programmes",
            "m technology transfer", "s capacity-building portal",
            "p regional centres of excellence", "m South-South cooperation",
            "m triangular cooperation", "p university curricula", "m workforce development",
            "p awareness campaigns", "s mapping exercise", "p trust funds", "p mentoring schemes",
            "p sponsorship programmes", "m forensic expertise", "p train-the-trainer models",
            "s voluntary fund", "p project proposals", "m absorption capacity",
        ],
        qualities: &[
            "demand-driven", "tailored", "sustainable", "needs-based", "gender-sensitive",
            "long-term", "politically neutral", "results-oriented", "reciprocal",
            "well-coordinated",
        ],
        actions: &[
            "fund", "finance", "resource", "scale up", "tailor", "coordinate", "deliver", "match",
            "evaluate", "sustain", "equip/equips/equipping/equipped/equipped", "train",
        ],
        actors: &[
            "p donor countries", "p implementing partners", "p development agencies",
            "p beneficiary States", "p training institutes",
        ],
    },
    Topic {
        name: "regular institutional dialogue",
        things: &[
            "s regular institutional dialogue", "d the future permanent mechanism",
            "s single-track process", "p dedicated thematic groups",
            "p modalities of participation", "m stakeholder participation",
            "s consensus-based process", "p annual progress reports", "d the Programme of Action",
            "s review conference", "p plenary sessions", "p decision-making procedures",
            "m continuity", "s action-oriented agenda", "p intersessional meetings",
            "p rules of procedure", "s programme of work", "m institutional memory",
            "s secretariat support structure", "p budgetary implications", "s smooth transition",
            "p working methods", "m duplication",
        ],
        qualities: &[
            "permanent", "inclusive", "transparent", "consensus-based", "action-oriented",
            "single-track", "institutional", "open-ended", "efficient", "predictable",
        ],
        actions: &[
            "convene", "structure", "streamline", "institutionalize", "avoid", "preserve", "review",
            "organize", "mandate", "sequence",
        ],
        actors: &[
            "p delegations", "p co-facilitators", "p chairs of thematic groups",
            "p observer States",
        ],
    },
    Topic {
        name: "critical infrastructure",
        things: &[
            "p critical infrastructure facilities", "p hospitals", "p energy grids",
            "p water utilities", "p financial market infrastructures", "p undersea cables",
            "m healthcare infrastructure", "p industrial control systems", "p transport networks",
            "p satellite ground stations", "m electoral infrastructure", "p emergency services",
            "d the public core of the internet", "p telecommunication networks",
            "p port facilities", "m civil aviation", "p power plants", "p essential services",
            "p cross-border dependencies", "p operators of essential services",
            "m sector-specific resilience", "p medical supply chains", "p cloud service providers",
        ],
        qualities: &[
            "critical", "essential", "interconnected", "vital", "cross-border", "resilient",
            "public", "civilian", "life-sustaining",
        ],
        actions: &[
            "protect", "safeguard", "restore", "harden", "map/maps/mapping/mapped/mapped",
            "designate", "secure", "insure", "recover", "defend",
        ],
        actors: &[
            "p infrastructure operators", "p utility companies", "p sector regulators",
            "p hospital managers",
        ],
    },
    Topic {
        name: "disinformation",
        things: &[
            "m disinformation", "p information operations", "m hate speech", "p online platforms",
            "p fabricated narratives", "m media literacy", "m algorithmic amplification",
            "p coordinated inauthentic networks", "p deepfakes", "m information integrity",
            "p fact-checking networks", "p social media companies", "m xenophobia",
            "p smear campaigns", "m public trust", "m foreign information manipulation",
            "p conspiracy theories", "m content moderation", "p independent media outlets",
            "p election periods", "m freedom of expression", "p manipulated images",
        ],
        qualities: &[
            "false", "misleading", "coordinated", "manipulative", "divisive", "viral", "hostile",
            "inauthentic", "harmful",
        ],
        actions: &[
            "counter", "debunk", "expose", "label", "demonetize", "moderate", "prebunk", "trace",
            "discredit", "amplify",
        ],
        actors: &[
            "p journalists", "p platform operators", "p educators", "p fact-checkers",
        ],
    },
    Topic {
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
        ],
        qualities: &[
            "affordable", "inclusive", "equitable", "digital", "universal", "accessible", "rural",
            "underserved", "developmental",
        ],
        actions: &[
            "bridge", "close", "narrow", "connect", "digitize", "measure", "invest in", "extend",
            "overcome/overcomes/overcoming/overcame/overcome", "democratize",
        ],
        actors: &[
            "p developing countries", "p least developed countries",
            "p small island developing States", "p local communities", "p development banks",
        ],
    },
    Topic {
        name: "ransomware",
        things: &[
            "m ransomware", "p ransomware attacks", "p extortion schemes", "p ransom payments",
            "p criminal affiliates", "p cryptocurrency mixers", "p initial access brokers",
            "p backup systems", "p decryption keys", "m data exfiltration",
            "p double-extortion tactics", "p municipal services", "p safe havens",
            "s ransomware-as-a-service model", "p patient records",
            "m cross-border law enforcement cooperation", "p leak sites", "p illicit proceeds",
            "p school districts", "p payment channels", "s coordinated takedown",
            "p victim notifications",
        ],
        qualities: &[
            "criminal", "financially motivated", "extortionate", "illicit", "transnational",
            "lucrative", "opportunistic", "crippling",
        ],
        actions: &[
            "prosecute", "seize", "trace", "sanction", "recover", "report", "deny", "dismantle",
            "disrupt", "freeze/freezes/freezing/froze/frozen",
        ],
        actors: &[
            "p law enforcement agencies", "p prosecutors", "p financial intelligence units",
            "p insurers", "p victims",
        ],
    },
    Topic {
        name: "points of contact",
        things: &[
            "d the Global POC Directory", "p diplomatic points of contact",
            "p technical points of contact", "p ping tests", "p notes verbales",
            "p contact details", "p response times", "s standardized communication template",
            "p directory entries", "p nominations", "m interoperability with regional directories",
            "s directory module", "p urgent requests", "p secure communication channels",
            "s list of national focal points", "p outdated entries", "p time zones",
            "s follow-up exercise", "p working languages", "m reachability",
        ],
        qualities: &[
            "diplomatic", "technical", "reachable", "up-to-date", "operational", "secure",
            "national", "round-the-clock", "verified",
        ],
        actions: &[
            "nominate", "update", "verify", "ping", "populate", "answer", "maintain", "register",
            "operate", "test",
        ],
        actors: &[
            "p focal points", "p national CERTs", "p duty officers", "p communication officers",
        ],
    },
    Topic {
        name: "legally binding instrument",
        things: &[
            "s legally binding instrument", "p binding obligations", "s new convention",
            "s regulatory framework", "p gaps in international law", "m codification",
            "s political declaration", "p legal commitments", "p treaty negotiations",
            "s additional protocol", "q the unique attributes of ICTs", "p verification provisions",
            "d the progressive development of international law", "s negotiating mandate",
            "p enforcement provisions", "s premature treaty process", "p existing obligations",
        ],
        qualities: &[
            "binding", "universal", "enforceable", "comprehensive", "new", "tailored", "premature",
            "specific",
        ],
        actions: &[
            "negotiate", "draft", "ratify", "complement", "supplement", "assess the need for",
            "consider", "elaborate", "oppose", "prepare the ground for",
        ],
        actors: &[
            "p treaty negotiators", "p parliaments", "p legal drafters", "p like-minded States",
        ],
    },
    Topic {
        name: "emerging technologies",
        things: &[
            "m artificial intelligence", "p machine learning models", "m quantum cryptography",
            "p autonomous systems", "p connected devices", "m cloud computing",
            "p large language models", "m post-quantum migration", "p fifth-generation networks",
            "p data centres", "p synthetic media", "m AI-enabled malware",
            "p automated vulnerability discovery tools", "p software bills of materials",
            "p open-source components", "m security by design", "p dual-use technologies",
            "m algorithmic transparency",
        ],
        qualities: &[
            "emerging", "autonomous", "AI-enabled", "quantum-resistant", "dual-use", "novel",
            "frontier", "automated",
        ],
        actions: &[
            "govern", "assess", "certify", "audit", "anticipate", "harness", "test", "stress-test",
            "secure", "deploy",
        ],
        actors: &[
            "p technology developers", "p standard-setting bodies", "p research laboratories",
            "p start-ups",
        ],
    },
    Topic {
        name: "multi-stakeholder engagement",
        things: &[
            "d the private sector", "p technology companies", "p civil society organizations",
            "m academia", "p non-governmental stakeholders", "p public-private partnerships",
            "p industry consortia", "p internet service providers", "p security researchers",
            "m multi-stakeholder engagement", "p accreditation procedures", "p written inputs",
            "p informal consultations", "p stakeholder modalities", "s veto on accreditation",
            "m expertise from outside government", "p open briefings",
        ],
        qualities: &[
            "multi-stakeholder", "open", "meaningful", "non-governmental", "accredited", "expert",
            "independent", "constructive",
        ],
        actions: &[
            "engage", "consult", "accredit", "involve", "hear/hears/hearing/heard/heard from",
            "draw/draws/drawing/drew/drawn on", "invite", "include", "benefit from",
        ],
        actors: &[
            "p companies", "p researchers", "p non-governmental organizations", "p think tanks",
        ],
    },
    Topic {
        name: "gender and inclusion",
        things: &[
            "m gender equality", "m women's participation", "p gender-sensitive approaches",
            "p persons with disabilities", "m youth engagement", "m diversity",
            "p women in cyber fellowships", "m gender mainstreaming", "p vulnerable groups",
            "p indigenous communities", "p sex-disaggregated data", "m online harassment",
            "p gendered impacts of cyber incidents", "m equal representation",
            "p female technical experts", "p inclusive delegations",
        ],
        qualities: &[
            "gender-responsive", "inclusive", "diverse", "equal", "representative",
            "intersectional", "gendered",
        ],
        actions: &[
            "mainstream", "empower", "include", "mentor", "recruit", "retain", "measure",
            "represent",
        ],
        actors: &[
            "p women diplomats", "p young professionals", "p gender focal points", "p mentors",
        ],
    },
    Topic {
        name: "data security",
        things: &[
            "p personal data", "m data protection", "p cross-border data flows", "m privacy",
            "m encryption", "p data localization requirements", "m digital sovereignty",
            "p surveillance practices", "m online safety", "p cloud services", "p data breaches",
            "s trusted data framework", "p lawful access requests", "p encryption standards",
            "m data governance", "p identity systems", "m cross-border evidence sharing",
        ],
        qualities: &[
            "personal", "sensitive", "encrypted", "trusted", "lawful", "interoperable", "private",
            "sovereign",
        ],
        actions: &[
            "protect", "encrypt", "govern", "localize",
            "transfer/transfers/transferring/transferred/transferred", "anonymize", "store",
            "regulate",
        ],
        actors: &[
            "p data protection authorities", "p cloud providers", "p regulators", "p consumers",
        ],
    },
];
