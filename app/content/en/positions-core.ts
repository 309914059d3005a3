import type { PositionTables } from "../types";

/** Life Path, Expression, Soul Urge and Personality. */

export const lifePath: PositionTables["lifePath"] = {
  1: {
    title: "The Path of Independent Leadership",
    paragraph:
      "With a Life Path 1, your life keeps handing you chances to go first: to start the business, speak up in the meeting, move to the city where you know no one. The road asks you to build confidence in your own judgement, and it tends to reward you when you act on it. Early on you may swing between self-doubt and stubbornness; over time you learn to lead in a way that brings others along.",
    strengths: ["You grow fastest when you back your own ideas", "You can carve out roles that did not exist before"],
    challenges: ["Going it alone out of pride rather than need", "Frustration when life requires waiting"],
  },
  2: {
    title: "The Path of Partnership",
    paragraph:
      "A Life Path 2 is a journey through relationship. Much of what you learn comes through other people: partners, collaborators, friends, the family you choose. Your talent for tact, patience and noticing small things makes you the one who holds a team or a household together. The road asks you to trust that quiet contribution is real power, and to speak up for yourself as clearly as you do for others.",
    strengths: ["You make every partnership you join stronger", "You can settle disputes others have given up on"],
    challenges: ["Shaping your life around someone else's plans", "Waiting to be chosen instead of choosing"],
  },
  3: {
    title: "The Path of Creative Expression",
    paragraph:
      "Life Path 3 is a road of self-expression. You are here to find your voice, whether through writing, speaking, design, music, teaching or simply the way you light up a conversation. Life tends to open doors when you share what you feel and imagine, and it stalls when you hide or scatter yourself. Over time the lesson is depth: choosing a few channels and giving them your full, joyful effort.",
    strengths: ["Opportunities follow when you share your work", "Your optimism carries you through hard seasons"],
    challenges: ["Waiting for inspiration instead of building a habit", "Comparing your voice with other people's"],
  },
  4: {
    title: "The Path of Steady Building",
    paragraph:
      "With a Life Path 4, your life is built brick by brick, and that is its strength. You are here to create stability: a solid career, a reliable home, skills honed through practice. Results can come more slowly than for some, yet they last because you laid the foundation properly. Your growth comes from adapting when plans change and from enjoying the work, not only its completion.",
    strengths: ["What you build tends to last", "You earn trust through consistency over years"],
    challenges: [
      "Feeling that life is all effort and no reward",
      "Holding on to a plan after it has stopped serving you",
    ],
  },
  5: {
    title: "The Path of Freedom and Change",
    paragraph:
      "Life Path 5 is a road with many turns. You are here to experience life fully: to travel, try, taste, learn and adapt, and your circumstances often shift more than other people's. That variety gives you a rare range of skills and stories. The deeper lesson is constructive freedom, finding commitments that give you room to grow instead of mistaking every limit for a cage.",
    strengths: ["You land on your feet after sudden change", "A wide range of experience becomes your expertise"],
    challenges: ["Restarting so often that nothing gets deep roots", "Chasing stimulation when you need rest"],
  },
  6: {
    title: "The Path of Responsibility and Love",
    paragraph:
      "A Life Path 6 centres on love, duty and the people in your care. Family, home, community and any role where you look after others are where your life gathers meaning. You have a natural eye for what is fair and what is beautiful, and people trust your counsel. The road teaches you to give without needing to fix everyone, and to accept that love includes letting people make their own choices.",
    strengths: ["You create homes and teams where people flourish", "Your advice is sought and remembered"],
    challenges: [
      "Taking responsibility for adults who can help themselves",
      "Postponing your own dreams until everyone else is settled",
    ],
  },
  7: {
    title: "The Path of Inner Knowing",
    paragraph:
      "Life Path 7 is a search for truth. You are here to understand how things really work, through study, craft, faith, science or solitude, and you trust what you have tested over what you are told. Periods of retreat are part of your rhythm, not a detour. As you mature, the path asks you to trust your intuition as much as your analysis, and to let a few people see who you really are.",
    strengths: ["You become a genuine expert in what you study", "Time alone restores and clarifies you"],
    challenges: ["Isolating when life gets painful", "Waiting for certainty before committing"],
  },
  8: {
    title: "The Path of Power and Achievement",
    paragraph:
      "A Life Path 8 brings lessons in authority, money and the real-world use of power. You are likely to be handed responsibility, or to seek it, and you have the drive and judgement to build something substantial. Success often comes through learning from early setbacks rather than avoiding them. The path asks you to pair ambition with integrity and generosity, so that what you build serves more than status.",
    strengths: ["You can grow ventures and resources over time", "Setbacks sharpen rather than stop you"],
    challenges: ["Letting work crowd out everything else", "Swinging between feast and famine with money"],
  },
  9: {
    title: "The Path of Compassionate Service",
    paragraph:
      "Life Path 9 is a road of wide horizons. You are here to care about more than your own corner of the world, through art, activism, teaching, healing or simply the generous way you treat people. Your life may include several endings and fresh starts, each teaching you to release what is complete. The more you give from a full heart rather than an empty one, the more this path gives back.",
    strengths: [
      "You connect easily with people from every background",
      "Your work tends to carry meaning beyond yourself",
    ],
    challenges: [
      "Holding on to relationships or roles that have ended",
      "Neglecting your own needs in the name of a cause",
    ],
  },
  11: {
    title: "The Path of Inspired Insight",
    paragraph:
      "Life Path 11 is a master path that carries the 2's sensitivity at a higher voltage. You may have felt different from early on, picking up undercurrents and ideas others missed. Your life invites you to trust that intuition and share it, as a guide, artist, teacher or quiet example. Grounding routines matter, because the sensitivity that inspires can also overwhelm; many 11s live through the gentler 2 for years before growing into the full vibration.",
    strengths: [
      "Your hunches often prove right before the evidence arrives",
      "You can inspire people simply by being yourself",
    ],
    challenges: ["Feeling misunderstood and pulling back", "Anxiety when your inner standards feel out of reach"],
  },
  22: {
    title: "The Path of the Master Builder",
    paragraph:
      "Life Path 22 is a master path that joins practical skill with large vision. You have the capacity to build things that outlast you and serve many people: organisations, systems, places, movements. That potential can feel like pressure, and many 22s spend years working through the steady 4 before the bigger picture comes into focus. Patience with the scale of your goals is part of the path.",
    strengths: ["You can organise people and resources around a big idea", "Your plans are ambitious and workable"],
    challenges: [
      "Feeling you have not done enough, whatever you achieve",
      "Carrying every part of the project yourself",
    ],
  },
  33: {
    title: "The Path of the Master Teacher",
    paragraph:
      "Life Path 33 is a rare master path devoted to uplifting others through love made practical. You may feel called to teach, heal, counsel or create work that comforts people. The path carries the 6's responsibility at a larger scale, and its lesson is boundaries: your care is most powerful when you also care for yourself. Many 33s express this energy through the 6 for years and grow into it through lived experience rather than effort.",
    strengths: ["People grow in your presence", "You turn personal hardship into wisdom you can share"],
    challenges: ["Feeling responsible for everyone's wellbeing", "Ignoring your limits until your body insists"],
  },
};

export const expression: PositionTables["expression"] = {
  1: {
    title: "The Natural Leader",
    paragraph:
      "An Expression of 1 means your full name carries the talents of a self-starter. You work best when you have room to decide, design and direct, and you often do your strongest work in roles you shaped yourself. Your abilities shine in entrepreneurship, leadership, invention and any field that rewards original thinking.",
    strengths: ["Sets direction and gets a project moving", "Works well without close supervision"],
    challenges: ["Finds it hard to execute someone else's vision", "May skip consultation to save time"],
  },
  2: {
    title: "The Gifted Collaborator",
    paragraph:
      "With an Expression of 2, your abilities come alive in partnership. You are skilled at mediating, supporting, refining and noticing the details that make a joint effort work. Counselling, diplomacy, editing, music and team roles suit you, especially where tact and patience count as real skills.",
    strengths: ["Polishes and completes what others begin", "Negotiates without making enemies"],
    challenges: ["Undervalues your own contribution", "Struggles in highly competitive settings"],
  },
  3: {
    title: "The Born Communicator",
    paragraph:
      "An Expression of 3 gives you a talent for words, images and performance. You can explain, entertain and persuade, and you bring imagination to whatever you touch. Writing, design, teaching, sales, media and the arts all draw on this gift, which grows strongest when you commit to regular practice.",
    strengths: ["Makes complex things engaging and clear", "Generates ideas freely"],
    challenges: ["Talent can stand in for preparation", "Many half-finished projects"],
  },
  4: {
    title: "The Master Organiser",
    paragraph:
      "An Expression of 4 points to practical, methodical talents. You are good at building systems, managing details and making complicated things run reliably. Engineering, finance, construction, operations and skilled crafts all reward your thoroughness, and people come to trust your work because it holds up.",
    strengths: ["Builds processes that keep working", "Accurate with numbers, plans and materials"],
    challenges: ["Resistant to untested methods", "Can get lost in detail and lose the big picture"],
  },
  5: {
    title: "The Versatile Explorer",
    paragraph:
      "With an Expression of 5, your gifts are adaptability, curiosity and a way with people. You pick up new skills quickly and are at your best where variety is built into the work: travel, sales, journalism, marketing, events or anything fast-moving. Your challenge is to build depth alongside breadth.",
    strengths: ["Learns new tools and fields quickly", "Persuasive with many kinds of people"],
    challenges: ["Loses interest once something is mastered", "Overcommits to exciting new options"],
  },
  6: {
    title: "The Caring Counsellor",
    paragraph:
      "An Expression of 6 gives you the abilities of a caretaker and harmoniser. You have an instinct for what people need, a feel for beauty and a strong sense of responsibility. Teaching, healing, design, hospitality, social work and family businesses let these talents do real good.",
    strengths: ["Makes people feel looked after", "Good eye for comfort, beauty and balance"],
    challenges: ["Takes on too much of other people's load", "Perfectionism slows delivery"],
  },
  7: {
    title: "The Analytical Mind",
    paragraph:
      "An Expression of 7 points to a research-minded, reflective intelligence. You want to understand causes, not just results, and you can become genuinely expert in a chosen field. Science, technology, investigation, philosophy, writing and spiritual study suit you, particularly when you have time to work undisturbed.",
    strengths: ["Spots flaws and hidden patterns", "Goes deeper than the brief requires"],
    challenges: ["Dislikes selling or promoting your work", "Needs quiet that busy workplaces rarely give"],
  },
  8: {
    title: "The Capable Executive",
    paragraph:
      "With an Expression of 8, your talents lie in organisation, strategy and handling resources. You can see how a venture should be run and you are willing to make the hard calls. Business, finance, law, management and anything with measurable results suit you, and you grow by leading with fairness.",
    strengths: ["Thinks in budgets, timelines and outcomes", "Takes charge calmly when stakes are high"],
    challenges: ["Can seem blunt when focused on results", "Overlooks the human cost of efficiency"],
  },
  9: {
    title: "The Generous Visionary",
    paragraph:
      "An Expression of 9 gives you broad, humane talents: empathy, artistic sensitivity and a capacity to think on behalf of many. You are drawn to work with meaning, such as the arts, medicine, education, charity or international projects. Your abilities shine brightest when they serve a cause larger than yourself.",
    strengths: ["Communicates across cultures and generations", "Brings meaning and ethics to the work"],
    challenges: ["Undercharges or overgives", "Frustrated by work that feels meaningless"],
  },
  11: {
    title: "The Inspired Messenger",
    paragraph:
      "An Expression of 11 carries a master vibration of inspiration. You have a gift for sensing what people need to hear and expressing it in a way that moves them, through teaching, art, counselling or leadership by example. Learning to trust your sensitivity, rather than hide it, is how the talent matures.",
    strengths: ["Finds words and images that stay with people", "Senses where a group needs to go"],
    challenges: ["Nerves before sharing your work", "Hard to sustain routine tasks"],
  },
  22: {
    title: "The Visionary Organiser",
    paragraph:
      "With an Expression of 22, you have rare talent for large-scale, practical work. You can hold a big vision while managing the many pieces needed to make it real. Architecture, institutions, international business and public projects fit this capacity, which grows as you learn to delegate.",
    strengths: ["Plans at scale without losing detail", "Inspires confidence in ambitious projects"],
    challenges: ["Impatient with small or short-term work", "Reluctant to hand over control"],
  },
  33: {
    title: "The Compassionate Guide",
    paragraph:
      "An Expression of 33 gives you a master gift for nurturing growth in others. Your abilities show up as patient teaching, a healing presence and expression that comforts and encourages. Education, health care, counselling and the caring arts let this talent reach many people.",
    strengths: ["Teaches with patience and warmth", "Creates safe spaces for others to change"],
    challenges: ["Forgets to charge fairly for your care", "Feels others' setbacks as personal failures"],
  },
};

export const soulUrge: PositionTables["soulUrge"] = {
  0: {
    title: "The Open Heart",
    paragraph:
      "A Soul Urge of 0 appears only when your name, as calculated, has no vowels. Rather than a lack, read it as a heart with no single fixed craving: your motivations stay open and are shaped by circumstance and choice. Look to your Life Path and Expression for what moves you, and notice which desires you keep returning to.",
    strengths: ["Free to choose what matters without old pulls", "Adapts your goals to the season of life"],
    challenges: ["May find it hard to name what you want", "Can borrow other people's ambitions"],
    keywords: ["openness", "choice", "potential", "adaptability"],
  },
  1: {
    title: "A Heart That Wants Independence",
    paragraph:
      "With a Soul Urge of 1, what you want deep down is to be your own person: to make your own choices, lead your own projects and be recognised for your originality. You feel most alive when you are free to take the initiative. Being micromanaged or overshadowed drains you quickly.",
    strengths: ["Strong inner motivation that needs no audience", "Courage to pursue your own vision"],
    challenges: ["Chafes at any form of dependence", "May hide a need for encouragement"],
  },
  2: {
    title: "A Heart That Wants Connection",
    paragraph:
      "A Soul Urge of 2 reveals a heart that longs for closeness, harmony and a true partner. You are happiest when you feel understood and when the people around you are at peace. Loneliness and open conflict weigh on you more than you may show.",
    strengths: ["Devoted and tender in love", "Deeply fulfilled by shared projects"],
    challenges: ["Fear of being alone can keep you in the wrong place", "Absorbs tension in your surroundings"],
  },
  3: {
    title: "A Heart That Wants to Create",
    paragraph:
      "With a Soul Urge of 3, your heart wants to create, share and be heard. Joy, play and beauty feed you, and you feel most yourself when you have a creative outlet and people to enjoy it with. When your expression is blocked, restlessness and low moods tend to follow.",
    strengths: ["Natural delight in life's pleasures", "Creativity that renews your spirit"],
    challenges: ["Craves appreciation and feels its absence keenly", "Avoids dull but necessary tasks"],
  },
  4: {
    title: "A Heart That Wants Solid Ground",
    paragraph:
      "A Soul Urge of 4 shows a heart that wants order, stability and a life built on solid foundations. You feel at ease when there is a plan, when finances are sound and when people keep their word. Chaos and unpredictability unsettle you, so you create structure wherever you go.",
    strengths: ["Finds peace in routine and craft", "Values honesty above flattery"],
    challenges: ["Anxiety when the future is unclear", "Hard to enjoy rest until everything is done"],
  },
  5: {
    title: "A Heart That Wants Freedom",
    paragraph:
      "With a Soul Urge of 5, your heart craves experience: movement, novelty, sensation and the freedom to change your mind. You light up when life feels open and full of options. Routines that feel like cages will eventually send you looking for the exit.",
    strengths: ["Joyful appetite for new experiences", "Inner flexibility when plans collapse"],
    challenges: ["Fear of missing out drives hasty choices", "Commitment can feel like loss"],
  },
  6: {
    title: "A Heart That Wants to Nurture",
    paragraph:
      "A Soul Urge of 6 reveals a heart devoted to love, home and the wellbeing of the people you care about. You want to create a warm, harmonious place where others can thrive, and you feel fulfilled when you are needed. Discord in your close circle affects you deeply.",
    strengths: ["Finds meaning in caring and creating home", "Loves loyally and generously"],
    challenges: ["Needs to be needed", "Idealises family or partners"],
  },
  7: {
    title: "A Heart That Wants to Understand",
    paragraph:
      "With a Soul Urge of 7, what you truly want is to understand yourself, life and the mysteries under the surface. You need time alone to think, read or reflect, and you feel fulfilled by depth rather than breadth. Superficial company can leave you lonelier than solitude does.",
    strengths: ["Rich inner life and spiritual curiosity", "Satisfied by truth more than applause"],
    challenges: ["Keeps your deepest feelings private even from partners", "Restless without a worthy question"],
  },
  8: {
    title: "A Heart That Wants to Achieve",
    paragraph:
      "A Soul Urge of 8 shows a heart that wants to accomplish something substantial and be respected for it. Financial security, influence and the freedom that comes with success motivate you. Beneath the ambition lies a wish to prove, to yourself most of all, what you are capable of.",
    strengths: ["Powerful drive toward tangible goals", "Enjoys responsibility and challenge"],
    challenges: ["Links self-worth to status", "Restless when progress stalls"],
  },
  9: {
    title: "A Heart That Wants to Make a Difference",
    paragraph:
      "With a Soul Urge of 9, your heart longs to contribute to something bigger than yourself. You are moved by injustice, beauty and human stories, and you feel most fulfilled when your life helps others. You may also carry a wistful longing for ideals the world has not yet reached.",
    strengths: ["Compassion that reaches strangers", "Fulfilled by giving and creating"],
    challenges: ["Disillusion when reality falls short", "Lets go of personal wishes too easily"],
  },
  11: {
    title: "A Heart That Wants Inspiration",
    paragraph:
      "A Soul Urge of 11 reveals a heart that seeks meaning, spiritual truth and the chance to inspire. You long to feel connected to something higher and to share that light with others. Your inner life is rich and intense, and you need quiet to hear your own intuition clearly.",
    strengths: ["Deep spiritual and creative longing", "Moved to uplift others"],
    challenges: ["Emotional highs and lows", "Feels the gap between ideal and real acutely"],
  },
  22: {
    title: "A Heart That Wants to Build a Legacy",
    paragraph:
      "With a Soul Urge of 22, your deepest wish is to create something lasting and useful on a large scale. You dream practically: not just of a better world but of the plan to build part of it. Your heart is fulfilled by meaningful work that outlives the moment.",
    strengths: ["Motivated by long-term impact", "Combines idealism with realism"],
    challenges: ["Never feels finished", "Personal joys postponed for the mission"],
  },
  33: {
    title: "A Heart That Wants to Heal",
    paragraph:
      "A Soul Urge of 33 shows a heart devoted to easing suffering and helping others grow. You feel the pain of the world keenly and long to answer it with compassion and teaching. Your fulfilment comes from giving love that actually changes something, and from learning to receive it too.",
    strengths: ["Love that seeks practical expression", "Finds joy in others' growth"],
    challenges: ["Takes on grief that is not yours", "Hard to accept care in return"],
  },
};

export const personality: PositionTables["personality"] = {
  0: {
    title: "The Unguarded Presence",
    paragraph:
      "A Personality number of 0 appears only when your name, as calculated, has no consonants. It suggests people meet your inner nature fairly directly, with little social armour in between. Your Soul Urge and Expression describe how you come across more than usual.",
    strengths: ["Comes across as genuine", "No gap between public and private self"],
    challenges: ["Feels exposed in new company", "May need consciously chosen boundaries"],
    keywords: ["openness", "authenticity", "transparency", "directness"],
  },
  1: {
    title: "Confident and Direct",
    paragraph:
      "With a Personality of 1, you come across as self-assured, capable and independent. People tend to see you as someone who knows what they want, and they may look to you to take charge. Softening your manner a little helps others see the warmth beneath the confidence.",
    strengths: ["Makes a strong first impression", "Projects competence"],
    challenges: ["Can seem intimidating or aloof", "People may assume you need no support"],
  },
  2: {
    title: "Gentle and Approachable",
    paragraph:
      "A Personality of 2 makes you seem kind, modest and easy to talk to. People often open up to you quickly because you listen and do not threaten. Make sure your gentleness is not mistaken for having no opinions.",
    strengths: ["Puts people at ease", "Trusted with confidences"],
    challenges: ["Easily overlooked in loud groups", "May be taken advantage of"],
  },
  3: {
    title: "Bright and Charming",
    paragraph:
      "With a Personality of 3, you come across as friendly, witty and fun to be around. People notice your style and expressiveness and often want you at the gathering. Underneath, you may be more sensitive than your sparkle suggests.",
    strengths: ["Warm, expressive social presence", "Memorable style"],
    challenges: ["Taken less seriously than you deserve", "Expected to always be 'on'"],
  },
  4: {
    title: "Solid and Trustworthy",
    paragraph:
      "A Personality of 4 gives the impression of someone reliable, sensible and hard-working. People trust you with responsibilities and secrets. At times you may appear more serious or reserved than you feel; a little visible warmth goes a long way.",
    strengths: ["Inspires confidence at once", "Seen as honest and practical"],
    challenges: ["Can look stern or inflexible", "Others may overload you because you cope"],
  },
  5: {
    title: "Lively and Magnetic",
    paragraph:
      "With a Personality of 5, you seem energetic, adventurous and a little unpredictable in the best way. People are drawn to your curiosity and the sense that something interesting might happen around you. Consistency helps people trust the excitement.",
    strengths: ["Attractive, youthful energy", "Easy to meet and easy to like"],
    challenges: ["May seem unreliable", "Restlessness shows in your manner"],
  },
  6: {
    title: "Warm and Reassuring",
    paragraph:
      "A Personality of 6 makes you come across as caring, responsible and welcoming. People often see you as a parent figure or safe harbour, even at work. You may attract those who need help, so choose where your care goes.",
    strengths: ["Comforting, dependable presence", "Welcoming to newcomers"],
    challenges: ["Attracts people who lean too hard", "May seem judgemental when protective"],
  },
  7: {
    title: "Reserved and Thoughtful",
    paragraph:
      "With a Personality of 7, you appear composed, intelligent and somewhat private. People sense depth in you and may find you a little hard to read at first. Letting people in, a step at a time, turns that mystery into trust.",
    strengths: ["Dignified and self-possessed", "Seen as wise beyond your years"],
    challenges: ["Mistaken for cold or critical", "Slow to be known"],
  },
  8: {
    title: "Strong and Capable",
    paragraph:
      "A Personality of 8 gives an impression of authority, competence and quiet power. People assume you can handle a lot and often defer to you. Showing your human side keeps that strength from seeming intimidating.",
    strengths: ["Commands respect", "Looks the part in leadership roles"],
    challenges: ["People hesitate to approach you", "Assumed to be fine when you are not"],
  },
  9: {
    title: "Gracious and Worldly",
    paragraph:
      "With a Personality of 9, you come across as kind, cultured and broad-minded. People sense your generosity and often feel accepted in your company. You may seem a little distant at times, as if part of you is looking at the bigger picture.",
    strengths: ["Makes diverse people feel welcome", "Natural elegance and tact"],
    challenges: ["Can seem detached", "People may not see your personal needs"],
  },
  11: {
    title: "Luminous and Inspiring",
    paragraph:
      "A Personality of 11 gives you a presence people notice and remember. You may come across as idealistic, refined and quietly charismatic, someone with a sense of purpose. Grounded habits help you carry that visibility without strain.",
    strengths: ["Charisma that draws people in", "Seen as a source of ideas"],
    challenges: ["Feels scrutinised", "Expectations from others run high"],
  },
  22: {
    title: "Commanding and Dependable",
    paragraph:
      "With a Personality of 22, you come across as a capable person with large plans and the discipline to carry them. People sense both vision and reliability in you. Relaxing in casual settings helps others meet the person, not just the project.",
    strengths: ["Instils confidence in big undertakings", "Seen as solid and visionary at once"],
    challenges: ["Appears all business", "Others may feel small beside your plans"],
  },
  33: {
    title: "Nurturing and Wise",
    paragraph:
      "A Personality of 33 makes you seem compassionate, patient and protective, someone people instinctively trust with their troubles. Your presence comforts. Protect your energy so that being everyone's confidant does not become a burden.",
    strengths: ["Radiates acceptance", "Strangers confide in you"],
    challenges: ["Constant requests for support", "Little space to be seen as ordinary"],
  },
};
