//! Topics of international security: threats, norms, international law,
//! confidence-building, critical infrastructure, ransomware, points of
//! contact and a binding instrument. Entries follow the codes described in
//! `vocabulary`.

use super::topic::Topic;

#[rustfmt::skip]
pub(super) const THREATS: Topic = Topic {
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
        "p attacks on humanitarian organizations", "p pre-positioned malware",
        "p living-off-the-land techniques", "p credential theft campaigns",
        "p watering-hole attacks", "m cyber-enabled theft of intellectual property",
        "p attacks on cloud infrastructure", "s surge in phishing campaigns",
        "p intrusions into government networks", "m proliferation of intrusion tools",
        "p mercenary hacking groups", "p compromises of managed service providers",
        "p destructive operations in armed conflict", "s growing number of State-backed actors",
    ],
    qualities: &[
        "malicious", "destabilizing", "persistent", "sophisticated", "escalatory", "reckless",
        "covert", "disruptive", "cross-border", "large-scale", "opaque", "indiscriminate",
        "State-backed", "stealthy", "unattributed", "aggressive", "dormant",
    ],
    actions: &[
        "attribute", "expose", "disrupt", "deter/deters/deterring/deterred/deterred", "anticipate",
        "track", "analyse", "contain", "warn against", "monitor", "condemn", "dismantle",
        "investigate", "detect", "call out", "mitigate", "forecast", "document",
    ],
    actors: &[
        "p threat intelligence analysts", "p vulnerability researchers", "p incident responders",
        "p national security agencies", "p software vendors", "p security operations centres",
        "p cyber threat intelligence teams",
    ],
};

#[rustfmt::skip]
pub(super) const NORMS: Topic = Topic {
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
        "p norm implementation reports", "p national implementation plans", "m norm awareness",
        "p thematic guidance", "p regional workshops on norms",
        "d the norm on supply chain security", "d the norm on critical infrastructure",
        "p self-assessments", "m mutual accountability", "p peer reviews",
        "s common understanding of the norms", "p case studies of implementation",
        "m cross-regional dialogue on norms", "p national action plans",
    ],
    qualities: &[
        "voluntary", "non-binding", "agreed", "responsible", "normative", "cumulative",
        "universal", "practical", "consensual", "evolving", "common", "shared", "consistent",
        "aspirational", "operational",
    ],
    actions: &[
        "implement", "observe", "operationalize", "uphold/upholds/upholding/upheld/upheld",
        "translate into practice", "respect", "survey", "document", "benchmark",
        "promote adherence to", "report on", "assess", "champion", "internalize", "popularize",
        "monitor",
    ],
    actors: &[
        "p foreign ministries", "p national cyber agencies", "p norm entrepreneurs",
        "p legal advisers", "p norms focal points", "p regional champions",
    ],
};

#[rustfmt::skip]
pub(super) const LAW: Topic = Topic {
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
        "d the principle of sovereign equality", "p remedies for victims",
        "p views on attribution", "d the law of State responsibility",
        "m international criminal law", "p legal thresholds", "s shared legal vocabulary",
        "p inter-State disputes", "m legal clarity", "p legal training programmes",
        "s body of State practice", "p expressions of opinio juris",
        "d the duty to prevent transboundary harm", "p acts of retorsion",
    ],
    qualities: &[
        "legal", "applicable", "binding", "customary", "lawful", "wrongful", "interpretive",
        "judicial", "sovereign", "humanitarian", "treaty-based", "peremptory", "authoritative",
        "established",
    ],
    actions: &[
        "apply", "interpret", "clarify", "codify", "invoke", "comply with", "respect", "elaborate",
        "examine", "adjudicate", "reaffirm", "articulate", "publish", "contest", "ascertain",
        "uphold/upholds/upholding/upheld/upheld",
    ],
    actors: &[
        "p international lawyers", "p legal advisers", "p courts and tribunals", "p treaty bodies",
        "p ministries of justice", "d the International Law Commission",
    ],
};

#[rustfmt::skip]
pub(super) const CBMS: Topic = Topic {
    name: "confidence-building measures",
    things: &[
        "p confidence-building measures", "m transparency", "p national doctrines",
        "p white papers", "p communication channels", "s crisis communication protocol",
        "p regional CBMs", "p table-top exercises", "p voluntary briefings",
        "m information exchange", "p early warning arrangements", "m predictability",
        "p de-escalation procedures", "d the global initial list of CBMs", "p hotlines",
        "p scenario-based exercises", "m mutual trust", "p misperceptions",
        "p notification procedures", "m reciprocity", "p experiences of regional organizations",
        "s simulation exercise", "p misunderstandings", "p military-to-military contacts",
        "p joint exercises", "p cyber doctrines", "p voluntary transparency reports",
        "s regional registry of incidents", "p confidence-building workshops",
        "m restraint in crises", "p bilateral consultations", "p escalation ladders",
        "m risk reduction", "s shared incident taxonomy", "p consultation mechanisms",
        "p expert visits", "p national contact lists",
    ],
    qualities: &[
        "transparent", "predictable", "reciprocal", "cooperative", "incremental", "regional",
        "verifiable", "practical", "trust-based", "bilateral", "stabilizing", "voluntary",
        "military",
    ],
    actions: &[
        "exchange", "notify", "share", "de-escalate", "build/builds/building/built/built", "test",
        "rehearse", "socialize", "clarify", "publish", "reassure", "consult", "verify",
        "institutionalize", "sustain",
    ],
    actors: &[
        "p regional organizations", "p crisis managers", "p defence ministries",
        "p military planners", "p OSCE participating States", "p ASEAN member States",
    ],
};

#[rustfmt::skip]
pub(super) const INFRASTRUCTURE: Topic = Topic {
    name: "critical infrastructure",
    things: &[
        "p critical infrastructure facilities", "p hospitals", "p energy grids",
        "p water utilities", "p financial market infrastructures", "p undersea cables",
        "m healthcare infrastructure", "p industrial control systems", "p transport networks",
        "p satellite ground stations", "m electoral infrastructure", "p emergency services",
        "d the public core of the internet", "p telecommunication networks", "p port facilities",
        "m civil aviation", "p power plants", "p essential services",
        "p cross-border dependencies", "p operators of essential services",
        "m sector-specific resilience", "p medical supply chains", "p cloud service providers",
        "p airports", "p rail signalling systems", "p nuclear facilities",
        "p water treatment plants", "p payment systems", "p food supply chains",
        "d the domain name system", "p internet exchange points", "p maritime navigation systems",
        "p vaccine research facilities", "p backup power systems",
        "s national list of critical sectors", "p supervisory control systems", "p smart grids",
        "m business continuity",
    ],
    qualities: &[
        "critical", "essential", "interconnected", "vital", "cross-border", "resilient", "public",
        "civilian", "life-sustaining", "national", "strategic", "redundant", "exposed",
    ],
    actions: &[
        "protect", "safeguard", "restore", "harden", "map/maps/mapping/mapped/mapped", "designate",
        "secure", "insure", "recover", "defend", "audit", "monitor", "reinforce", "diversify",
        "stress-test",
    ],
    actors: &[
        "p infrastructure operators", "p utility companies", "p sector regulators",
        "p hospital managers", "p grid operators", "p emergency planners",
    ],
};

#[rustfmt::skip]
pub(super) const RANSOMWARE: Topic = Topic {
    name: "ransomware",
    things: &[
        "m ransomware", "p ransomware attacks", "p extortion schemes", "p ransom payments",
        "p criminal affiliates", "p cryptocurrency mixers", "p initial access brokers",
        "p backup systems", "p decryption keys", "m data exfiltration",
        "p double-extortion tactics", "p municipal services", "p safe havens",
        "s ransomware-as-a-service model", "p patient records",
        "m cross-border law enforcement cooperation", "p leak sites", "p illicit proceeds",
        "p school districts", "p payment channels", "s coordinated takedown",
        "p victim notifications", "p ransom demands", "p attacks on hospital systems",
        "p crypto-asset exchanges", "p money mule networks", "p incident reports",
        "s ransomware task force", "p recovery costs", "p sanctions designations",
        "m resilience of small businesses", "p phishing kits", "p exploit kits",
        "m cyber insurance", "p stolen credentials", "s counter-ransomware initiative",
        "p takedowns of criminal infrastructure",
    ],
    qualities: &[
        "criminal", "financially motivated", "extortionate", "illicit", "transnational",
        "lucrative", "opportunistic", "crippling", "organized", "profit-driven", "ruthless",
        "repeat",
    ],
    actions: &[
        "prosecute", "seize", "trace", "sanction", "recover", "report", "deny", "dismantle",
        "disrupt", "freeze/freezes/freezing/froze/frozen", "indict", "extradite", "attribute",
        "block", "investigate",
    ],
    actors: &[
        "p law enforcement agencies", "p prosecutors", "p financial intelligence units",
        "p insurers", "p victims", "p crypto-asset service providers", "p small businesses",
    ],
};

#[rustfmt::skip]
pub(super) const CONTACTS: Topic = Topic {
    name: "points of contact",
    things: &[
        "d the Global POC Directory", "p diplomatic points of contact",
        "p technical points of contact", "p ping tests", "p notes verbales", "p contact details",
        "p response times", "s standardized communication template", "p directory entries",
        "p nominations", "m interoperability with regional directories", "s directory module",
        "p urgent requests", "p secure communication channels", "s list of national focal points",
        "p outdated entries", "p time zones", "s follow-up exercise", "p working languages",
        "m reachability", "p contact procedures", "p escalation paths", "p communication checks",
        "s annual ping exercise", "p directory updates", "p designated officials",
        "m timely responses", "p request formats", "p trainings for points of contact",
        "s user guide for the directory", "p redundant contacts", "m confidentiality of requests",
        "p multilingual templates", "p response protocols", "p regional contact networks",
    ],
    qualities: &[
        "diplomatic", "technical", "reachable", "up-to-date", "operational", "secure", "national",
        "round-the-clock", "verified", "designated", "responsive", "standardized", "multilingual",
    ],
    actions: &[
        "nominate", "update", "verify", "ping", "populate", "answer", "maintain", "register",
        "operate", "test", "designate", "contact", "escalate", "acknowledge", "streamline",
    ],
    actors: &[
        "p focal points", "p national CERTs", "p duty officers", "p communication officers",
        "p directory managers", "p diplomatic officers",
    ],
};

#[rustfmt::skip]
pub(super) const INSTRUMENT: Topic = Topic {
    name: "legally binding instrument",
    things: &[
        "s legally binding instrument", "p binding obligations", "s new convention",
        "s regulatory framework", "p gaps in international law", "m codification",
        "s political declaration", "p legal commitments", "p treaty negotiations",
        "s additional protocol", "q the unique attributes of ICTs", "p verification provisions",
        "d the progressive development of international law", "s negotiating mandate",
        "p enforcement provisions", "s premature treaty process", "p existing obligations",
        "p treaty provisions", "p dispute settlement clauses", "s framework convention",
        "p reservations", "p ratification processes", "m legal certainty",
        "p compliance mechanisms", "p definitions of key terms", "p negotiating texts",
        "m treaty fatigue", "s consensus on scope", "p binding norms", "s zero draft",
        "p implementation reviews", "p accession procedures",
    ],
    qualities: &[
        "binding", "universal", "enforceable", "comprehensive", "new", "tailored", "premature",
        "specific", "multilateral", "robust", "ambitious", "negotiated",
    ],
    actions: &[
        "negotiate", "draft", "ratify", "complement", "supplement", "assess the need for",
        "consider", "elaborate", "oppose", "prepare the ground for", "codify", "sign", "implement",
        "interpret", "debate",
    ],
    actors: &[
        "p treaty negotiators", "p parliaments", "p legal drafters", "p like-minded States",
        "p treaty lawyers", "p negotiating delegations",
    ],
};
