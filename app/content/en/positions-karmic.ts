import type { PositionTables } from "../types";

/**
 * Hidden Passion, Karmic Lessons and Karmic Debt. These carry their own lists:
 * for lessons and debts, `strengths` are what working with the number builds
 * and `challenges` are how the gap tends to show up.
 */

export const hiddenPassion: PositionTables["hiddenPassion"] = {
  1: {
    title: "A Passion for Leading",
    paragraph:
      "A Hidden Passion of 1 means the number 1 appears more than any other in your name. You have a strong drive to be independent, to start things and to make your mark. Channelled well, it gives you remarkable initiative; unchecked, it can make you headstrong.",
    strengths: ["Abundant initiative", "Self-motivation that needs no push", "Courage to go first"],
    challenges: ["Headstrong decisions", "Impatience with slower partners"],
  },
  2: {
    title: "A Passion for Harmony",
    paragraph:
      "With a Hidden Passion of 2, your name is rich in the cooperative energy of 2. You have a deep drive to belong to a team or partnership and to make relationships work. Your sensitivity is a gift; make sure harmony never costs you your voice.",
    strengths: ["Gift for partnership", "Fine attention to detail", "Tact in delicate situations"],
    challenges: ["Over-accommodating", "Dependence on approval"],
  },
  3: {
    title: "A Passion for Expression",
    paragraph:
      "A Hidden Passion of 3 shows abundant creative and social energy. You need to express yourself through words, art, performance or conversation, and you are often talented in several of these. Discipline turns that abundance into real accomplishment.",
    strengths: ["Multiple creative talents", "Natural entertainer", "Infectious enthusiasm"],
    challenges: ["Too many projects at once", "Craving an audience"],
  },
  4: {
    title: "A Passion for Order",
    paragraph:
      "With a Hidden Passion of 4, your name carries an abundance of practical, methodical energy. You have a strong drive to build, organise and do things properly. You can accomplish a great deal; watch that thoroughness does not turn into inflexibility.",
    strengths: ["Exceptional organisation", "Stamina for detailed work", "Trustworthy craftsmanship"],
    challenges: ["Inflexibility", "Overwork"],
  },
  5: {
    title: "A Passion for Experience",
    paragraph:
      "A Hidden Passion of 5 is the most common, since many names carry plenty of 5 energy. It shows a drive for freedom, variety and sensory experience, along with a talent for communication and adaptation. The key is steering your curiosity toward growth rather than distraction.",
    strengths: ["Adaptable and resourceful", "Talent with language and people", "Love of learning by doing"],
    challenges: ["Restlessness", "Overindulgence"],
  },
  6: {
    title: "A Passion for Care",
    paragraph:
      "With a Hidden Passion of 6, your name is strong in nurturing, responsible energy. You have a powerful drive to look after people, create beauty and bring harmony to your home and community. Let others carry their share so that caring stays joyful.",
    strengths: ["Devoted caregiver", "Eye for beauty and comfort", "Strong sense of duty"],
    challenges: ["Over-responsibility", "Meddling out of love"],
  },
  7: {
    title: "A Passion for Knowledge",
    paragraph:
      "A Hidden Passion of 7 reveals a strong drive to study, analyse and understand the deeper truths of life. You may be drawn to science, philosophy or spiritual practice. That hunger for depth is a gift, especially when you share what you find.",
    strengths: ["Research and analysis", "Spiritual curiosity", "Focus on mastery"],
    challenges: ["Aloofness", "Overthinking"],
  },
  8: {
    title: "A Passion for Achievement",
    paragraph:
      "With a Hidden Passion of 8, your name carries abundant ambition and executive energy. You are driven to achieve, manage and make things happen on a significant scale. Balance that drive with rest and relationships.",
    strengths: ["Executive capacity", "Financial acumen", "Drive to succeed"],
    challenges: ["Workaholism", "Status-seeking"],
  },
  9: {
    title: "A Passion for Humanity",
    paragraph:
      "A Hidden Passion of 9 shows a strong drive to help others and contribute to the wider world. You may be drawn to humanitarian work, the arts or teaching. Your compassion is a powerful force when paired with practical boundaries.",
    strengths: ["Deep compassion", "Artistic sensitivity", "Generosity of spirit"],
    challenges: ["Self-neglect", "Disillusionment"],
  },
};

export const karmicLesson: PositionTables["karmicLesson"] = {
  1: {
    title: "The Lesson of Self-Confidence",
    paragraph:
      "A Karmic Lesson of 1 means the number 1 is missing from your name. You may find it hard to take initiative, assert yourself or believe in your own ideas, and life keeps offering situations that ask you to. Each time you speak up or make a decision on your own, this lesson turns into strength.",
    strengths: ["Growing self-belief", "Willingness to take the lead", "Independent decisions"],
    challenges: ["Waiting for permission", "Doubting your own ideas", "Deferring to stronger personalities"],
  },
  2: {
    title: "The Lesson of Patience and Cooperation",
    paragraph:
      "A Karmic Lesson of 2 points to patience, tact and cooperation as skills to develop. You may rush, overlook details or miss the feelings of others. Practising listening and teamwork transforms this gap into real diplomatic skill.",
    strengths: ["Diplomacy", "Patience with process", "Care for small details"],
    challenges: ["Impatience", "Missing emotional cues", "Friction in teams"],
  },
  3: {
    title: "The Lesson of Self-Expression",
    paragraph:
      "A Karmic Lesson of 3 suggests a need to develop self-expression and confidence in social settings. You may undervalue your creativity or struggle to share feelings. Small creative habits and honest conversations steadily build this capacity.",
    strengths: ["A confident voice", "Creative courage", "Ease in company"],
    challenges: ["Shyness", "Keeping feelings bottled up", "Underrating your imagination"],
  },
  4: {
    title: "The Lesson of Discipline",
    paragraph:
      "A Karmic Lesson of 4 points to discipline, organisation and steady effort as areas to develop. You may avoid routine or lose track of details. Building simple systems and following through on small commitments strengthens this lesson.",
    strengths: ["Reliable routines", "Follow-through", "Practical organisation"],
    challenges: ["Disorganisation", "Avoiding tedious tasks", "Unfinished projects"],
  },
  5: {
    title: "The Lesson of Embracing Change",
    paragraph:
      "A Karmic Lesson of 5 suggests a need to become comfortable with change, risk and new experiences. You may cling to the familiar or fear the unknown. Trying new things in small, safe steps widens your world.",
    strengths: ["Adaptability", "Openness to new experiences", "Confidence in uncertainty"],
    challenges: ["Fear of change", "Staying in comfort zones", "Anxiety when plans shift"],
  },
  6: {
    title: "The Lesson of Responsibility",
    paragraph:
      "A Karmic Lesson of 6 points to commitment and responsibility in relationships and community as areas to develop. You may shy away from obligations or find close commitment difficult. Showing up reliably for the people who matter builds deep fulfilment.",
    strengths: ["Trustworthy commitment", "Warmth in close relationships", "Community involvement"],
    challenges: ["Avoiding obligations", "Keeping people at arm's length", "Unease with domestic life"],
  },
  7: {
    title: "The Lesson of Looking Deeper",
    paragraph:
      "A Karmic Lesson of 7 suggests a need to develop introspection, focus and faith. You may accept surface explanations or avoid time alone with your thoughts. Study, reflection and quiet practice help you build inner depth.",
    strengths: ["Depth of understanding", "Comfort with solitude", "Trust in your intuition"],
    challenges: ["Superficial judgements", "Restlessness in quiet", "Scattered focus"],
  },
  8: {
    title: "The Lesson of Managing Resources",
    paragraph:
      "A Karmic Lesson of 8 points to money management, authority and self-worth as areas to develop. You may be careless with finances or uncomfortable with power. Learning to handle resources wisely and to own your competence turns this into strength.",
    strengths: ["Sound financial habits", "Comfort with authority", "Confidence in your value"],
    challenges: ["Careless spending", "Avoiding leadership", "Undercharging for your work"],
  },
  9: {
    title: "The Lesson of Compassion",
    paragraph:
      "A Karmic Lesson of 9 suggests a need to develop broad compassion, tolerance and a perspective beyond your own circle. You may find it hard to understand people unlike yourself. Volunteering, travel and listening to different viewpoints expand this capacity.",
    strengths: ["Tolerance", "Wider perspective", "Generosity"],
    challenges: ["Narrow focus on your own circle", "Impatience with difference", "Difficulty forgiving"],
  },
};

export const karmicDebt: PositionTables["karmicDebt"] = {
  13: {
    title: "Karmic Debt 13: Work and Focus",
    paragraph:
      "Karmic Debt 13 suggests that effort and discipline are central to your growth. You may feel that success takes more work for you than for others, and shortcuts tend to backfire. By embracing steady, focused effort and finishing what you start, you turn this debt into a foundation of real, lasting achievement.",
    keywords: ["effort", "focus", "perseverance", "follow-through"],
    strengths: ["Persistence that outlasts obstacles", "Pride in work done properly", "Results that endure"],
    challenges: ["Frustration with slow progress", "Temptation to cut corners", "Giving up just before the finish"],
  },
  14: {
    title: "Karmic Debt 14: Freedom with Moderation",
    paragraph:
      "Karmic Debt 14 centres on the wise use of freedom. You may be tempted by excess, whether in pleasure, spending or constant change, and circumstances can shift suddenly. Moderation, adaptability and commitment to your goals transform this debt into a life that is free and stable at once.",
    keywords: ["moderation", "adaptability", "self-control", "commitment"],
    strengths: ["Graceful adaptation to change", "Self-mastery", "Freedom built on stability"],
    challenges: ["Overindulgence", "Sudden reversals", "Abandoning commitments"],
  },
  16: {
    title: "Karmic Debt 16: Humility and Rebuilding",
    paragraph:
      "Karmic Debt 16 is associated with the falling away of false structures such as ego, illusions or foundations built on shaky ground. Sudden changes may invite you to rebuild on truer terms. Humility, honest self-reflection and spiritual growth turn these upheavals into profound renewal.",
    keywords: ["humility", "renewal", "honesty", "inner growth"],
    strengths: ["Resilience after upheaval", "Authentic self-knowledge", "Spiritual depth"],
    challenges: ["Pride before a fall", "Feeling isolated in change", "Fear of losing what you built"],
  },
  19: {
    title: "Karmic Debt 19: Independence with Others",
    paragraph:
      "Karmic Debt 19 concerns the right use of independence. You may be pushed to stand on your own, sometimes feeling isolated, while learning not to misuse power or refuse help. Balancing self-reliance with openness to others turns this debt into mature, generous leadership.",
    keywords: ["independence", "interdependence", "humility", "leadership"],
    strengths: ["Genuine self-reliance", "Leadership that includes others", "Strength to stand alone when needed"],
    challenges: ["Refusing help", "Self-centredness", "Loneliness"],
  },
};
