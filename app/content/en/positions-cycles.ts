import type { PositionTables } from "../types";

/** Pinnacles (long life periods) and Challenges (the lesson of each period). */

export const pinnacle: PositionTables["pinnacle"] = {
  1: {
    title: "The Pinnacle of Self-Reliance",
    paragraph:
      "A 1 Pinnacle is a period that develops your independence and initiative. Circumstances often push you to stand on your own, make decisions and lead, sometimes before you feel ready. It is an excellent time to start ventures and build confidence; resist the urge to bulldoze people who could help.",
    strengths: ["Ideal for starting something of your own", "Builds self-confidence"],
    challenges: ["Isolation if you refuse support"],
  },
  2: {
    title: "The Pinnacle of Cooperation",
    paragraph:
      "During a 2 Pinnacle, progress comes through partnership, patience and attention to detail. Relationships, including marriage and working alliances, take centre stage. Achievements may be quieter than in other periods, but the sensitivity and diplomacy you develop become lasting assets.",
    strengths: ["Partnerships that carry you further", "Growing emotional intelligence"],
    challenges: ["Slow, behind-the-scenes progress"],
  },
  3: {
    title: "The Pinnacle of Creativity",
    paragraph:
      "A 3 Pinnacle is a period for self-expression, friendship and joy. Creative talents can flourish and social opportunities multiply. The main risk is scattering your energy, so choose a few outlets and develop them seriously.",
    strengths: ["Creative talents come forward", "Wide, supportive social circle"],
    challenges: ["Scattered energy"],
  },
  4: {
    title: "The Pinnacle of Foundations",
    paragraph:
      "During a 4 Pinnacle, the focus is on hard work, order and building something secure. You may establish a career, buy a home or master a demanding skill. The pace can feel slow and effortful, yet this period lays ground you will stand on for decades.",
    strengths: ["Lasting security", "Mastery through practice"],
    challenges: ["Feeling all work and no play"],
  },
  5: {
    title: "The Pinnacle of Expansion",
    paragraph:
      "A 5 Pinnacle brings change, freedom and movement into your life. Travel, new relationships, career shifts and learning by experience are likely. Welcome the variety, while making sure change serves growth rather than restlessness.",
    strengths: ["Broad experience", "Freedom to explore"],
    challenges: ["Unsettled plans and finances"],
  },
  6: {
    title: "The Pinnacle of Home and Heart",
    paragraph:
      "During a 6 Pinnacle, your responsibilities to family, home and community become central. Marriage, children, caring for parents or community roles may shape this period. It is a time of deep love and duty; balance giving with receiving.",
    strengths: ["Loving family bonds", "Respect in your community"],
    challenges: ["Heavy obligations"],
  },
  7: {
    title: "The Pinnacle of Inner Growth",
    paragraph:
      "A 7 Pinnacle is a period of study, reflection and spiritual development for you. Outer achievement may take a back seat to inner understanding, specialisation or research. Solitude can be rich here; make sure it does not become isolation.",
    strengths: ["Expertise and insight", "Spiritual maturity"],
    challenges: ["Feeling set apart from others"],
  },
  8: {
    title: "The Pinnacle of Achievement",
    paragraph:
      "During an 8 Pinnacle, career, finances and authority move to the foreground. Your efforts can bring substantial material rewards and recognition. Manage resources wisely and keep ethics at the centre of ambition.",
    strengths: ["Material progress", "Leadership roles"],
    challenges: ["Stress from high stakes"],
  },
  9: {
    title: "The Pinnacle of Completion",
    paragraph:
      "A 9 Pinnacle is a period of widening compassion, creative depth and letting go. You may find yourself serving a larger community or cause. Endings in this period tend to clear space for what matters most.",
    strengths: ["Meaningful service", "Artistic and emotional depth"],
    challenges: ["Painful but necessary endings"],
  },
  11: {
    title: "The Pinnacle of Illumination",
    paragraph:
      "An 11 Pinnacle is a master period of heightened intuition, inspiration and possible public visibility. You may be drawn to spiritual, artistic or idealistic work that influences others. Grounding practices help you handle the intensity.",
    strengths: ["Inspiration and recognition", "Spiritual insight"],
    challenges: ["Nervous strain"],
  },
  22: {
    title: "The Pinnacle of Master Building",
    paragraph:
      "A 22 Pinnacle offers you the rare chance to build something substantial and lasting for many people. Your practical vision can turn into major accomplishments. Discipline and pacing are essential to carry the load.",
    strengths: ["Large-scale accomplishment", "Lasting legacy"],
    challenges: ["Heavy responsibility"],
  },
  33: {
    title: "The Pinnacle of Compassionate Service",
    paragraph:
      "A 33 Pinnacle is a master period devoted to teaching, healing and nurturing on a wider scale. You may become a source of support for many people. The lesson is to give abundantly without losing yourself.",
    strengths: ["Healing influence", "Teaching that reaches many"],
    challenges: ["Burnout from caring"],
  },
};

/** Challenges have no master numbers; lists describe what working with the challenge builds and how it shows up. */
export const challenge: PositionTables["challenge"] = {
  0: {
    title: "The Challenge of Choice",
    paragraph:
      "A Challenge of 0 means there is no single obstacle; instead you face the challenge of choice. Any number's difficulties may come your way, and every number's strengths are available to you. The task is to choose your direction consciously rather than drift.",
    keywords: ["choice", "potential", "self-direction", "awareness"],
    strengths: [
      "Freedom to develop in any direction",
      "Wide range of potential talents",
      "Learning to trust your own choices",
    ],
    challenges: [
      "Drifting without a clear focus",
      "Difficulty committing to one path",
      "Feeling overwhelmed by options",
    ],
  },
  1: {
    title: "The Challenge of Self-Assertion",
    paragraph:
      "A Challenge of 1 asks you to develop confidence and independence. You may swing between letting others dominate and overcompensating with stubbornness. The growth comes from learning to state your wishes calmly and act on them.",
    strengths: ["Quiet, earned self-confidence", "Clear personal boundaries", "Willingness to lead when needed"],
    challenges: ["Letting others decide for you", "Overcompensating with rigidity", "Fear of standing out"],
  },
  2: {
    title: "The Challenge of Sensitivity",
    paragraph:
      "A Challenge of 2 centres on over-sensitivity and fear of rejection. Small slights can feel large, and you may hold back to avoid conflict. Developing a thicker skin, without losing your perceptiveness, turns this into emotional wisdom.",
    strengths: ["Emotional resilience", "Perceptiveness without fragility", "Confidence in your own worth"],
    challenges: ["Taking remarks personally", "Avoiding necessary conflict", "Depending on approval"],
  },
  3: {
    title: "The Challenge of Self-Expression",
    paragraph:
      "A Challenge of 3 involves difficulty expressing yourself freely. You may fear criticism and hide your creativity, or scatter it in superficial ways. The lesson is to share your voice genuinely and allow yourself to be seen.",
    strengths: ["An authentic creative voice", "Ease in social settings", "Freedom to show feelings"],
    challenges: ["Self-censorship", "Hiding behind small talk", "Fear of judgement"],
  },
  4: {
    title: "The Challenge of Discipline",
    paragraph:
      "A Challenge of 4 concerns order, patience and work. You might resist structure and routine, or cling to it too tightly. Learning a balanced discipline that supports your goals without imprisoning you is the work here.",
    strengths: ["Healthy, sustainable routines", "Patience with long projects", "Reliability others can count on"],
    challenges: ["Procrastination or rigidity", "Frustration with limitations", "Cutting corners, then paying for it"],
  },
  5: {
    title: "The Challenge of Freedom",
    paragraph:
      "A Challenge of 5 is about handling freedom and change wisely. You may crave excitement and make impulsive choices, or fear change so much that you stay stuck. The growth lies in choosing change deliberately and meeting it calmly when it comes.",
    strengths: ["Adaptability with direction", "Healthy moderation", "Courage to change when it is right"],
    challenges: ["Impulsive decisions", "Restlessness in commitments", "Fear of the unknown"],
  },
  6: {
    title: "The Challenge of Responsibility",
    paragraph:
      "A Challenge of 6 involves idealism and responsibility in relationships. You may set impossible standards for yourself and others, or take on too much in order to feel needed. Accepting imperfection and letting people carry their own loads is the lesson.",
    strengths: ["Realistic, loving standards", "Care without control", "Balanced give and take"],
    challenges: ["Perfectionism in relationships", "Over-responsibility", "Judging people who differ"],
  },
  7: {
    title: "The Challenge of Trust",
    paragraph:
      "A Challenge of 7 concerns isolation, scepticism and self-doubt. You may withdraw, distrust others or doubt your own inner voice. Learning to open up and to trust both people and your intuition brings profound growth.",
    strengths: ["Trust in your intuition", "Closer, honest relationships", "Faith alongside reason"],
    challenges: ["Withdrawing from people", "Cynicism", "Feeling misunderstood"],
  },
  8: {
    title: "The Challenge of Power and Money",
    paragraph:
      "A Challenge of 8 centres on your relationship with money, status and authority. You may overvalue material success, or fear and avoid it. The task is to see power as a tool for good and to handle resources with balance.",
    strengths: ["A healthy relationship with money", "Fair use of authority", "Confidence in your worth"],
    challenges: ["Anxiety about money", "Power struggles", "Measuring yourself by status"],
  },
};
