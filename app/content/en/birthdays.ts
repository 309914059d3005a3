import type { PositionTables } from "../types";

/** Birthday number: the day of the month, 1–31 (the accessor adds the reduced number). */
export const birthday: PositionTables["birthday"] = {
  1: {
    title: "The Initiator",
    paragraph:
      "Born on the 1st, you carry a concentrated dose of independence and drive. You like to be first, work best on your own terms and have a talent for getting things started. Learning to accept help graciously makes you an even stronger leader.",
    strengths: ["Natural starter", "Self-motivated"],
    challenges: ["Reluctant to follow others' lead"],
  },
  2: {
    title: "The Gentle Partner",
    paragraph:
      "Born on the 2nd, you are sensitive, intuitive and gifted at working alongside others. You notice what people need and quietly smooth the way for them. Protect your feelings without hiding them.",
    strengths: ["Tactful and perceptive", "Excellent team member"],
    challenges: ["Hurt feelings kept to yourself"],
  },
  3: {
    title: "The Lively Storyteller",
    paragraph:
      "Born on the 3rd, you have a vivid imagination and a natural way with words. Conversation, art and humour come easily to you, and people enjoy your company. Give your talents some structure and they can take you far.",
    strengths: ["Gift for words", "Sunny sociability"],
    challenges: ["Easily distracted"],
  },
  4: {
    title: "The Reliable Craftsperson",
    paragraph:
      "Born on the 4th, you are practical, organised and dependable. You like doing things properly and people know they can count on you to follow through. Leave some room for spontaneity, too.",
    strengths: ["Thorough and precise", "Keeps promises"],
    challenges: ["Uneasy with last-minute changes"],
  },
  5: {
    title: "The Curious Traveller",
    paragraph:
      "Born on the 5th, you are quick, curious and restless in the best sense. You love variety, learn fast and adapt to new situations with ease. Choose commitments that keep you interested and you will thrive.",
    strengths: ["Fast learner", "At home anywhere"],
    challenges: ["Bored by repetition"],
  },
  6: {
    title: "The Devoted Heart",
    paragraph:
      "Born on the 6th, you are warm, responsible and drawn to caring for family and friends. You have an eye for beauty and a talent for making people comfortable. Look after yourself as well as you look after others.",
    strengths: ["Nurturing instinct", "Creates welcoming spaces"],
    challenges: ["Worrying about loved ones"],
  },
  7: {
    title: "The Quiet Analyst",
    paragraph:
      "Born on the 7th, you have a searching, analytical mind and a strong inner life. You need time alone to think and prefer depth to small talk. Trust your intuition as much as your research.",
    strengths: ["Penetrating insight", "Independent study"],
    challenges: ["Slow to open up"],
  },
  8: {
    title: "The Capable Manager",
    paragraph:
      "Born on the 8th, you have business sense, ambition and a knack for organising people and resources. Responsibility sits comfortably on your shoulders. Balance your work with warmth and proper rest.",
    strengths: ["Good judgement about value", "Handles responsibility"],
    challenges: ["All work, little play"],
  },
  9: {
    title: "The Generous Idealist",
    paragraph:
      "Born on the 9th, you are compassionate, broad-minded and often artistic. You care about the wider world and give generously of your time. Letting go of the past with grace is one of your key lessons.",
    strengths: ["Big-hearted", "Artistic sensibility"],
    challenges: ["Dwelling on what is over"],
  },
  10: {
    title: "The Determined Self-Starter",
    paragraph:
      "Born on the 10th, you combine the independence of 1 with the ability to begin again after any ending. You are ambitious, capable and able to stand on your own. Cooperation multiplies what you can achieve.",
    strengths: ["Bounces back from endings", "Strong ambition"],
    challenges: ["Insists on doing it your way"],
  },
  11: {
    title: "The Intuitive Idealist",
    paragraph:
      "Born on the 11th, a master number day, you are highly intuitive, sensitive and often inspired. You may sense things before others do. Grounding routines help you use that sensitivity as a strength rather than a strain.",
    strengths: ["Remarkable intuition", "Inspires others"],
    challenges: ["Nervous tension"],
  },
  12: {
    title: "The Creative Charmer",
    paragraph:
      "Born on the 12th, you have artistic flair, a lively mind and a talent for expressing yourself. You often see situations from unusual angles. Discipline gives your creativity a lasting form.",
    strengths: ["Fresh perspectives", "Expressive flair"],
    challenges: ["Loses focus midway"],
  },
  13: {
    title: "The Hard-Working Creator",
    paragraph:
      "Born on the 13th, you pair the diligence of 4 with a strong creative streak. You can build things that are both useful and original. Patience with the process, rather than shortcuts, is your key to success.",
    strengths: ["Creative yet practical", "Willing to put in the hours"],
    challenges: ["Frustration when work goes slowly"],
  },
  14: {
    title: "The Adaptable Realist",
    paragraph:
      "Born on the 14th, you blend a love of freedom with practical sense. You handle change well and enjoy a varied life. Moderation and consistency help you keep what you gain.",
    strengths: ["Adapts without losing footing", "Practical in new situations"],
    challenges: ["Tendency toward excess"],
  },
  15: {
    title: "The Magnetic Carer",
    paragraph:
      "Born on the 15th, you combine warmth and responsibility with an adventurous streak. People are drawn to your generosity and charm. You are happiest when home serves as a base for your explorations.",
    strengths: ["Generous and attractive", "Balances home and adventure"],
    challenges: ["Torn between duty and freedom"],
  },
  16: {
    title: "The Reflective Seeker",
    paragraph:
      "Born on the 16th, you are thoughtful, intuitive and drawn to deep questions. Sudden changes in your life often lead to important insights. Openness with loved ones balances your strong need for privacy.",
    strengths: ["Insight through experience", "Intuitive depth"],
    challenges: ["Keeps people at a distance"],
  },
  17: {
    title: "The Independent Strategist",
    paragraph:
      "Born on the 17th, you have ambition, good judgement and a capacity for original thinking in business or research. You prefer to set your own course. Sharing credit strengthens your position rather than weakening it.",
    strengths: ["Strategic mind", "Self-directed ambition"],
    challenges: ["Difficulty delegating"],
  },
  18: {
    title: "The Compassionate Leader",
    paragraph:
      "Born on the 18th, you combine leadership ability with a real wish to help others. You are capable, broad-minded and often drawn to public service. Guard against taking on more than one person can carry.",
    strengths: ["Leadership for a cause", "Broad perspective"],
    challenges: ["Overcommitting to others"],
  },
  19: {
    title: "The Resilient Independent",
    paragraph:
      "Born on the 19th, you are self-reliant, ambitious and quick to bounce back from setbacks. You prefer to work things out your own way. Accepting help is a sign of strength, not weakness.",
    strengths: ["Resilience", "Self-reliance"],
    challenges: ["Refusing support"],
  },
  20: {
    title: "The Sensitive Peacemaker",
    paragraph:
      "Born on the 20th, you are deeply attuned to the feelings of others and excel in partnership and teamwork. You bring patience and kindness wherever you go. Stand up for your own needs, too.",
    strengths: ["Emotional intelligence", "Patient collaborator"],
    challenges: ["Easily hurt"],
  },
  21: {
    title: "The Social Creative",
    paragraph:
      "Born on the 21st, you are sociable, imaginative and expressive. You enjoy people, and your creative gifts flourish in good company. Focus helps you turn bright ideas into achievements.",
    strengths: ["Creative in groups", "Engaging presence"],
    challenges: ["Scattered commitments"],
  },
  22: {
    title: "The Practical Visionary",
    paragraph:
      "Born on the 22nd, a master number day, you combine big ideas with the practical skill to make them real. You can organise on a large scale. Patience with slow progress is one of your keys.",
    strengths: ["Turns vision into plans", "Large-scale organiser"],
    challenges: ["Pressure of high expectations"],
  },
  23: {
    title: "The Versatile Communicator",
    paragraph:
      "Born on the 23rd, you are quick, sociable and adaptable, with a real gift for communication. You love variety and learn best from experience. Commitment adds depth to your many talents.",
    strengths: ["Persuasive talker", "Versatile skills"],
    challenges: ["Restless in routine"],
  },
  24: {
    title: "The Loyal Provider",
    paragraph:
      "Born on the 24th, you are devoted, responsible and hard-working on behalf of the people you love. You create stability and beauty at home. Allow yourself to receive as well as give.",
    strengths: ["Dependable provider", "Loyal to the core"],
    challenges: ["Putting yourself last"],
  },
  25: {
    title: "The Intuitive Observer",
    paragraph:
      "Born on the 25th, you have a keen, analytical mind and strong intuition. You learn through observation and experience more than instruction. Trust your inner voice and share what you notice.",
    strengths: ["Sharp observation", "Learns from experience"],
    challenges: ["Hesitant to share insights"],
  },
  26: {
    title: "The Responsible Achiever",
    paragraph:
      "Born on the 26th, you combine business sense with care for family and community. You are capable, responsible and a natural organiser. Balance your ambitions with unhurried time for relationships.",
    strengths: ["Business sense with heart", "Natural organiser"],
    challenges: ["Work crowding out family time"],
  },
  27: {
    title: "The Wise Humanitarian",
    paragraph:
      "Born on the 27th, you are compassionate, intelligent and broad-minded. You have a gift for understanding both people and ideas. Your work shines brightest when it serves others.",
    strengths: ["Understanding of people", "Wide interests"],
    challenges: ["Impatience with narrow views"],
  },
  28: {
    title: "The Cooperative Leader",
    paragraph:
      "Born on the 28th, you have the drive of 1 balanced by the diplomacy of 2. You can lead while keeping people on side. Independence and partnership both matter to you, and you need room for each.",
    strengths: ["Leads with tact", "Ambitious and considerate"],
    challenges: ["Tension between control and cooperation"],
  },
  29: {
    title: "The Inspired Sensitive",
    paragraph:
      "Born on the 29th, another master number day, you are intuitive, emotional and often inspiring to others. You feel things deeply and may have strong spiritual interests. Balance that sensitivity with practical grounding.",
    strengths: ["Emotional depth", "Inspiring presence"],
    challenges: ["Emotional swings"],
  },
  30: {
    title: "The Expressive Optimist",
    paragraph:
      "Born on the 30th, you are creative, articulate and sociable, with a lively imagination. You lift people through your words and presence. Focus your talents and they bring real results.",
    strengths: ["Articulate and upbeat", "Imaginative ideas"],
    challenges: ["Talking more than doing"],
  },
  31: {
    title: "The Creative Builder",
    paragraph:
      "Born on the 31st, you combine practicality with creative flair. You are hard-working and enjoy building something of your own. Letting yourself enjoy the process, not just the result, brings balance.",
    strengths: ["Practical creativity", "Steady effort"],
    challenges: ["Too focused on results"],
  },
};
