import type { Archetype, CoreNumber } from "../types";

/** General archetypes for 1–9 and the master numbers 11, 22, 33. */
export const numbers: Record<CoreNumber, Archetype> = {
  1: {
    title: "The Pioneer",
    keywords: ["initiative", "independence", "courage", "originality", "drive"],
    paragraph:
      "One is the first step, the spark that turns an idea into a move. It carries the energy of beginnings: choosing a direction, trusting your own judgement and going before the path is paved. People with strong 1 energy tend to lead by doing rather than by asking permission. The growth edge is learning that standing on your own does not mean standing alone.",
    strengths: [
      "Starts things others only talk about",
      "Decides quickly and takes responsibility for the call",
      "Original thinking that does not wait for consensus",
      "Resilience after setbacks",
      "Natural authority in a crisis",
    ],
    challenges: [
      "Impatience with slower people and processes",
      "Treating advice as interference",
      "Pushing ahead alone when help would be faster",
      "Tying self-worth to being first",
    ],
    planet: "Sun",
    element: "Fire",
  },
  2: {
    title: "The Peacemaker",
    keywords: ["cooperation", "sensitivity", "diplomacy", "partnership", "intuition"],
    paragraph:
      "Two is the number of the bridge: it notices what sits between people and helps it flow. Its gift is attunement, the ability to read a room, hear what was not said and find the arrangement where everyone can stay. Two works best in partnership and does quiet, essential work that holds groups together. The lesson is to include your own needs in the harmony you create so generously for others.",
    strengths: [
      "Reads moods and unspoken tension accurately",
      "Brings opposing sides to workable agreements",
      "Patient, careful attention to detail",
      "Loyal, steady support in close relationships",
      "Strong intuition about people",
    ],
    challenges: [
      "Avoiding conflict until resentment builds",
      "Over-sensitivity to criticism",
      "Putting your own wishes last by habit",
      "Indecision when every option might upset someone",
    ],
    planet: "Moon",
    element: "Water",
  },
  3: {
    title: "The Communicator",
    keywords: ["expression", "creativity", "joy", "sociability", "imagination"],
    paragraph:
      "Three is the number of self-expression, where ideas and feelings become words, images, jokes and stories. It brings lightness, charm and a talent for making others feel included and alive. Three is at its best when it has a creative outlet and an audience, however small. Its work is to give that brilliance enough focus and discipline to finish what it starts.",
    strengths: [
      "Expressive with words, images or performance",
      "Lifts the mood of a room",
      "Imaginative, playful problem-solving",
      "Makes friends easily and keeps conversations alive",
      "Optimism that helps others keep going",
    ],
    challenges: [
      "Scattering energy across too many projects",
      "Using humour to dodge difficult feelings",
      "Sensitivity to being ignored or unappreciated",
      "Starting strong and losing interest before the end",
    ],
    planet: "Jupiter",
    element: "Air",
  },
  4: {
    title: "The Builder",
    keywords: ["structure", "discipline", "reliability", "method", "endurance"],
    paragraph:
      "Four is the square: four walls, four seasons, solid ground. It is the energy of building something that lasts through patient, methodical effort. People with strong 4 energy are the ones others rely on to make a plan real, keep the books straight and show up when they said they would. Its lesson is flexibility, remembering that a good structure exists to serve life, not to replace it.",
    strengths: [
      "Turns ideas into workable plans and systems",
      "Dependable follow-through",
      "Honest, practical judgement",
      "Stamina for long, detailed work",
      "Creates stability for people around you",
    ],
    challenges: [
      "Rigidity when plans need to change",
      "Working long past the point of rest",
      "Suspicion of shortcuts that are actually good ideas",
      "Being hard on yourself and others about mistakes",
    ],
    planet: "Uranus (Rahu)",
    element: "Earth",
  },
  5: {
    title: "The Adventurer",
    keywords: ["freedom", "change", "curiosity", "versatility", "experience"],
    paragraph:
      "Five sits in the middle of the nine numbers and looks in every direction at once. It is the energy of movement, the senses and learning by experience: travel, new people, new skills, new rules to test. Five adapts quickly and brings fresh air into anything that has gone stale. Its task is to use freedom well, choosing commitments that widen life instead of running from every one.",
    strengths: [
      "Adapts fast to new people and places",
      "Curious, quick learner across many fields",
      "Persuasive and lively communicator",
      "Comfortable with risk and change",
      "Brings energy to stuck situations",
    ],
    challenges: [
      "Restlessness and boredom with routine",
      "Overindulging the senses",
      "Leaving before things get deep",
      "Inconsistency that confuses people who rely on you",
    ],
    planet: "Mercury",
    element: "Air",
  },
  6: {
    title: "The Nurturer",
    keywords: ["responsibility", "care", "home", "harmony", "service"],
    paragraph:
      "Six is the number of the home and the circle of people you feel responsible for. It is warm, protective and drawn to beauty, fairness and making things right. People with strong 6 energy are often the ones others come to for comfort or advice, and they feel most themselves when they are useful to someone they love. The growth edge is caring without controlling, and letting yourself be cared for too.",
    strengths: [
      "Deep sense of responsibility to family and community",
      "Creates warm, beautiful, welcoming spaces",
      "Gives practical, heartfelt advice",
      "Strong sense of fairness",
      "Steady loyalty in relationships",
    ],
    challenges: [
      "Taking on problems that are not yours to solve",
      "Perfectionism about home, family or self",
      "Worry that slides into control",
      "Self-sacrifice followed by quiet resentment",
    ],
    planet: "Venus",
    element: "Earth",
  },
  7: {
    title: "The Seeker",
    keywords: ["insight", "analysis", "solitude", "wisdom", "inner life"],
    paragraph:
      "Seven is the number of the question behind the question. It looks beneath surfaces, whether through science, philosophy, spirituality or simply long walks alone with a thought. People with strong 7 energy need quiet and time to process, and they rarely accept an answer just because it is popular. The work of 7 is to share what it discovers and to let trusted people into the inner room.",
    strengths: [
      "Deep, original analysis",
      "Strong intuition backed by research",
      "Comfortable with solitude and self-reflection",
      "Sees through appearances and easy answers",
      "Calm presence in complicated situations",
    ],
    challenges: [
      "Withdrawing when you most need connection",
      "Scepticism that hardens into distrust",
      "Seeming distant or aloof to others",
      "Overthinking instead of acting",
    ],
    planet: "Neptune (Ketu)",
    element: "Water",
  },
  8: {
    title: "The Powerhouse",
    keywords: ["ambition", "authority", "abundance", "efficiency", "judgement"],
    paragraph:
      "Eight is the number of power in the material world: money, organisations, results and the authority to direct them. It has a strong sense of what things are worth and how to make effort pay off. People with strong 8 energy often find themselves in charge, whether or not they sought it. Its lesson is balance: using influence generously and remembering that success is measured in people as well as numbers.",
    strengths: [
      "Executive thinking and big-picture planning",
      "Confidence in handling money and resources",
      "Gets results under pressure",
      "Judges character and value well",
      "Resilience after losses",
    ],
    challenges: [
      "Measuring worth only by achievement",
      "Controlling or domineering under stress",
      "Overwork at the cost of relationships and health",
      "Difficulty admitting vulnerability",
    ],
    planet: "Saturn",
    element: "Earth",
  },
  9: {
    title: "The Humanitarian",
    keywords: ["compassion", "idealism", "generosity", "completion", "wisdom"],
    paragraph:
      "Nine is the last single digit, holding something of every number before it. It carries a wide view: concern for the world beyond your own circle, tolerance, artistry and a readiness to give. People with strong 9 energy often feel called to serve a cause bigger than themselves. Its lesson is letting go gracefully, of people, phases and ideas that have run their course.",
    strengths: [
      "Broad compassion and tolerance",
      "Generous with time, knowledge and resources",
      "Artistic and emotional depth",
      "Inspires others with ideals",
      "Sees the big picture and long-term meaning",
    ],
    challenges: [
      "Difficulty letting go of the past",
      "Giving until depleted",
      "Disappointment when people fall short of ideals",
      "Keeping personal needs hidden behind a cause",
    ],
    planet: "Mars",
    element: "Fire",
  },
  11: {
    title: "The Illuminator",
    keywords: ["intuition", "inspiration", "sensitivity", "vision", "idealism", "nervous energy"],
    paragraph:
      "Eleven is a master number: the 2's sensitivity turned up until it becomes insight and inspiration. It brings sharp intuition, a charged, creative nervous system and a capacity to light the way for others through ideas, art or example. That voltage can feel like restlessness or anxiety until you give it a channel. When it is grounded, 11 brings hope and vision into ordinary life without losing the 2's tact.",
    strengths: [
      "Strong, often uncanny intuition",
      "Inspires people through vision and example",
      "Creative and spiritual sensitivity",
      "Understands others at a deep level",
      "Can bridge the practical and the ideal",
    ],
    challenges: [
      "Nervous tension and overstimulation",
      "Self-doubt about your own gifts",
      "Impractical idealism",
      "Absorbing other people's emotions",
    ],
    planet: "Moon and Uranus",
    element: "Air",
  },
  22: {
    title: "The Master Builder",
    keywords: ["vision", "large-scale building", "practical idealism", "leadership", "legacy"],
    paragraph:
      "Twenty-two is a master number that joins the 4's discipline with the 11's vision. It is the energy of big, useful things built to last: institutions, movements, companies, communities. It can make dreams concrete on a scale that helps many people at once. The weight of that potential can also feel heavy, so 22 grows by taking one solid step at a time instead of demanding the whole cathedral at once.",
    strengths: [
      "Turns large visions into real structures",
      "Practical leadership for complex projects",
      "Combines intuition with method",
      "Long-term, legacy-minded thinking",
      "Earns trust through competence",
    ],
    challenges: [
      "Pressure to live up to a huge potential",
      "Controlling every detail of a big plan",
      "Discouragement when progress is slow",
      "Neglecting personal life for the mission",
    ],
    planet: "Uranus and Saturn",
    element: "Earth",
  },
  33: {
    title: "The Master Teacher",
    keywords: ["compassion", "healing", "teaching", "devotion", "responsibility"],
    paragraph:
      "Thirty-three is a master number that raises the 6's care to a wider calling: healing, teaching and uplifting through love made practical. It carries the 3's expressiveness and the 6's responsibility, so its help often comes through words, art or example. People touched by 33 feel others' pain deeply and want to ease it. The growth edge is compassion with boundaries, serving from fullness rather than martyrdom.",
    strengths: [
      "Profound empathy and patience",
      "Teaches and heals through example",
      "Expressive, uplifting communication",
      "Selfless dedication to others' growth",
      "Sees the best in people",
    ],
    challenges: [
      "Carrying other people's burdens as your own",
      "Martyrdom and exhaustion",
      "Setting impossible standards of goodness",
      "Difficulty receiving help",
    ],
    planet: "Venus and Neptune",
    element: "Water",
  },
};
