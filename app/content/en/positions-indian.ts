import type { PositionTables } from "../types";

/** Chaldean name number, Driver (psychic number) and Conductor (destiny number), as in common Indian practice. */

export const chaldeanName: PositionTables["chaldeanName"] = {
  1: {
    title: "A Name of Initiative",
    paragraph:
      "In Chaldean practice, a name totalling 1 carries the vibration of the Sun: visibility, confidence and leadership. It suits you if you want to be known as an originator, founder or public figure. Such a name tends to project authority, so pair it with warmth to avoid seeming aloof.",
    strengths: ["Projects confidence and leadership", "Memorable in public life"],
    challenges: ["Can seem proud or distant"],
  },
  2: {
    title: "A Name of Harmony",
    paragraph:
      "A Chaldean name number of 2 resonates with the Moon: gentle, imaginative and attuned to others. It supports your work in counselling, the arts, hospitality and partnerships. The name projects kindness, though you may need a firmer stance in competitive fields.",
    strengths: ["Invites trust and cooperation", "Favours creative and caring work"],
    challenges: ["May read as too soft in tough markets"],
  },
  3: {
    title: "A Name of Growth",
    paragraph:
      "A Chaldean name number of 3 is tied to Jupiter and carries optimism, learning and expansion. It favours teaching, advisory roles, publishing and anything that grows through reputation. People who meet you through such a name tend to link it with knowledge and good cheer.",
    strengths: ["Associated with wisdom and generosity", "Supports growth through reputation"],
    challenges: ["Can promise more than it delivers"],
  },
  4: {
    title: "A Name of Unconventional Strength",
    paragraph:
      "A Chaldean name number of 4 is linked to Rahu (Uranus), bringing originality, hard work and sudden turns. It suits technical, reform-minded or unusual paths. Its challenge is consistency; steady habits help the name's energy work for you rather than against you.",
    strengths: ["Stands out as original", "Suits innovation and technical work"],
    challenges: ["Sudden ups and downs"],
  },
  5: {
    title: "A Name of Quick Connection",
    paragraph:
      "A Chaldean name number of 5 resonates with Mercury: communication, commerce and adaptability. Many practitioners consider it one of the most fortunate name totals for business and public life. It attracts people and opportunities to you; your focus is what keeps them.",
    strengths: ["Favours trade, media and networking", "Easy rapport with the public"],
    challenges: ["Opportunities scatter without focus"],
  },
  6: {
    title: "A Name of Attraction",
    paragraph:
      "A Chaldean name number of 6 is ruled by Venus and carries charm, comfort and an eye for beauty. It favours the arts, design, beauty, hospitality and family enterprises. The name invites affection and loyalty toward you; guard against complacency.",
    strengths: ["Draws goodwill and loyalty", "Suits creative and luxury fields"],
    challenges: ["Comfort can breed complacency"],
  },
  7: {
    title: "A Name of Depth",
    paragraph:
      "A Chaldean name number of 7 is linked to Ketu (Neptune), carrying introspection, research and spiritual interest. It suits scholars, healers, investigators and creative specialists. In highly commercial settings you may want a strong partner or brand to amplify its quieter energy.",
    strengths: ["Suggests expertise and integrity", "Favours research and healing work"],
    challenges: ["Less natural pull in sales-driven fields"],
  },
  8: {
    title: "A Name of Endurance",
    paragraph:
      "A Chaldean name number of 8 is ruled by Saturn and carries discipline, responsibility and delayed but solid rewards. It suits law, finance, administration and long-term building. Traditional practitioners counsel patience with this total: your progress may be slower, yet it tends to last.",
    strengths: ["Conveys seriousness and reliability", "Rewards long-term effort"],
    challenges: ["Slower recognition"],
  },
  9: {
    title: "A Name of Courage",
    paragraph:
      "A Chaldean name number of 9 resonates with Mars: energy, courage and a fighting spirit for causes. It suits leadership in demanding fields, medicine, sport, engineering and activism. Channel its fire into purpose and yours becomes a name people rally behind.",
    strengths: ["Projects strength and conviction", "Suits demanding, high-energy fields"],
    challenges: ["Can attract conflict"],
  },
};

export const driver: PositionTables["driver"] = {
  1: {
    title: "Driver 1: The Self-Starter",
    paragraph:
      "A Driver of 1 (born on the 1st, 10th, 19th or 28th) shapes how you see yourself: as someone meant to lead and initiate. You set goals readily and dislike being told what to do. In daily life this shows as energy, pride in your work and a need for personal recognition.",
    strengths: ["Strong sense of self", "Sets and chases goals"],
    challenges: ["Ego bruises easily"],
  },
  2: {
    title: "Driver 2: The Sensitive Soul",
    paragraph:
      "A Driver of 2 (born on the 2nd, 11th, 20th or 29th) gives you an imaginative, emotional and intuitive self-image. You are gentle, caring and responsive to your surroundings. Moods can rise and fall with the Moon's influence, so rhythm and rest matter.",
    strengths: ["Imagination and empathy", "Gentle, caring manner"],
    challenges: ["Mood swings"],
  },
  3: {
    title: "Driver 3: The Wise Optimist",
    paragraph:
      "A Driver of 3 (born on the 3rd, 12th, 21st or 30th) brings a confident, knowledgeable and principled self-image shaped by Jupiter. You like to guide, teach and advise. Your honesty is a strength, delivered best with warmth.",
    strengths: ["Eager to learn and share knowledge", "Principled and disciplined"],
    challenges: ["Can sound preachy"],
  },
  4: {
    title: "Driver 4: The Independent Reformer",
    paragraph:
      "A Driver of 4 (born on the 4th, 13th, 22nd or 31st) gives you a distinctive, unconventional way of seeing the world. You question rules and often take the harder road on principle. Hard work is your ally; patience with sudden changes is your lesson.",
    strengths: ["Original viewpoint", "Tireless worker"],
    challenges: ["Argues against the grain by reflex"],
  },
  5: {
    title: "Driver 5: The Quick Wit",
    paragraph:
      "A Driver of 5 (born on the 5th, 14th or 23rd) gives you a quick, communicative, versatile self-image shaped by Mercury. You love variety, travel and clever solutions. Your challenge is nervous energy, and regular routines calm it.",
    strengths: ["Sharp, witty mind", "Talent for business and talk"],
    challenges: ["Nervous restlessness"],
  },
  6: {
    title: "Driver 6: The Charmer",
    paragraph:
      "A Driver of 6 (born on the 6th, 15th or 24th) brings Venus's love of beauty, comfort and harmony into how you see yourself. You are affectionate, attractive to others and a natural host. Balance pleasure with discipline to get the most from these gifts.",
    strengths: ["Charm and good taste", "Devotion to loved ones"],
    challenges: ["Overindulgence"],
  },
  7: {
    title: "Driver 7: The Mystic Thinker",
    paragraph:
      "A Driver of 7 (born on the 7th, 16th or 25th) gives you a philosophical, intuitive and independent self-image. You are drawn to research, travel and the unseen side of life. Trusting your intuition while staying practical is your balance point.",
    strengths: ["Intuitive and philosophical", "Independent thinking"],
    challenges: ["Feeling unsettled or misunderstood"],
  },
  8: {
    title: "Driver 8: The Steady Achiever",
    paragraph:
      "A Driver of 8 (born on the 8th, 17th or 26th) gives you a serious, hard-working and responsible self-image shaped by Saturn. Success tends to come through persistence rather than luck. Allow yourself some lightness, and your endurance will carry you far.",
    strengths: ["Persistence", "Sense of duty"],
    challenges: ["Pessimism during delays"],
  },
  9: {
    title: "Driver 9: The Courageous Protector",
    paragraph:
      "A Driver of 9 (born on the 9th, 18th or 27th) brings Mars's energy, courage and directness into how you see yourself. You defend the people and causes you believe in. Managing temper and impulsiveness turns that fire into leadership.",
    strengths: ["Courage and energy", "Protective loyalty"],
    challenges: ["Quick temper"],
  },
};

export const conductor: PositionTables["conductor"] = {
  1: {
    title: "Conductor 1: Destined to Lead",
    paragraph:
      "A Conductor of 1 suggests that life tends to move you toward leadership and independence. Opportunities arrive when you take the initiative, and results often come through your own efforts. Your later years especially reward self-belief.",
    strengths: ["Success through initiative", "Recognition for personal effort"],
    challenges: ["Few people to share the load"],
  },
  2: {
    title: "Conductor 2: Destined to Connect",
    paragraph:
      "A Conductor of 2 suggests that life's opportunities come through partnership, diplomacy and emotional intelligence. Your path unfolds through relationships and collaboration. Trust that gentle persistence gets you further than force.",
    strengths: ["Doors open through people", "Success in partnership"],
    challenges: ["Depending on others' timing"],
  },
  3: {
    title: "Conductor 3: Destined to Teach and Grow",
    paragraph:
      "A Conductor of 3 suggests that knowledge, guidance and expansion shape your destiny. Life often puts you in roles where you advise, teach or inspire. The more you learn, the more doors open.",
    strengths: ["Growth through learning", "Respected as an adviser"],
    challenges: ["Overextending commitments"],
  },
  4: {
    title: "Conductor 4: Destined to Innovate",
    paragraph:
      "A Conductor of 4 suggests an unconventional life direction with unexpected turns. You may succeed by doing things differently, in technical or reforming work. Stability comes from disciplined habits rather than predictable circumstances.",
    strengths: ["Success off the beaten track", "Resilience to sudden change"],
    challenges: ["Unpredictable circumstances"],
  },
  5: {
    title: "Conductor 5: Destined for Variety",
    paragraph:
      "A Conductor of 5 suggests that your life moves through many experiences, contacts and places. Business, communication and travel often feature in your destiny. Adaptability is your great advantage.",
    strengths: ["Many paths to success", "Wide network"],
    challenges: ["Hard to settle"],
  },
  6: {
    title: "Conductor 6: Destined for Harmony",
    paragraph:
      "A Conductor of 6 suggests a life shaped by relationships, family, beauty and comfort. Your opportunities often come through charm and the goodwill of others. Responsibility for loved ones is a recurring theme.",
    strengths: ["Support from others", "Comfort and beauty in life"],
    challenges: ["Family duties shape choices"],
  },
  7: {
    title: "Conductor 7: Destined for Insight",
    paragraph:
      "A Conductor of 7 suggests a life path marked by inner growth, research and spiritual seeking. Outer events often push you toward self-understanding. Success comes through expertise and trusting your intuition.",
    strengths: ["Wisdom gained through experience", "Success through expertise"],
    challenges: ["Periods of uncertainty"],
  },
  8: {
    title: "Conductor 8: Destined for Mastery",
    paragraph:
      "A Conductor of 8 suggests a destiny built slowly through persistence, responsibility and endurance. Delays may test you, but steady effort brings lasting rewards. Patience is a form of power here.",
    strengths: ["Lasting achievements", "Strength built through trials"],
    challenges: ["Delays and tests of patience"],
  },
  9: {
    title: "Conductor 9: Destined to Serve",
    paragraph:
      "A Conductor of 9 suggests that life calls you to act courageously and to serve causes larger than yourself. Energy and determination carry you through challenges. The more you give, the more your path opens.",
    strengths: ["Courage in adversity", "Purpose-driven success"],
    challenges: ["Conflict along the way"],
  },
};
