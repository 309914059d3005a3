import type { Digit, DirectionKind, DirectionName, KuaNumber, KuaText, LoShuMissingRemedy, Remedy } from "../types";

export const remediesDisclaimer =
  "These remedies are traditional, reflective practices offered for inspiration. They are not medical, financial or psychological advice; choose gemstones with care, and let no remedy replace professional help when you need it.";

/** Remedies per root number (masters use their root: 11 → 2, 22 → 4, 33 → 6). */
export const remedies: Record<Digit, Remedy> = {
  1: {
    colours: ["Gold", "Orange", "Sunny yellow"],
    gemstone: "Ruby",
    days: ["Sunday"],
    planet: "Sun (Surya)",
    westernPlanet: "Sun",
    affirmation: "I trust my own direction and take the first step with confidence.",
    practice:
      "Spend five minutes in morning daylight, facing east if you can, and name one thing you will initiate before lunch.",
  },
  2: {
    colours: ["White", "Cream", "Silver"],
    gemstone: "Pearl (or moonstone)",
    days: ["Monday"],
    planet: "Moon (Chandra)",
    westernPlanet: "Moon",
    affirmation: "My sensitivity is a strength, and my needs matter as much as anyone's.",
    practice: "Each evening, drink a glass of water slowly and note one feeling from your day without judging it.",
  },
  3: {
    colours: ["Yellow", "Saffron", "Mauve"],
    gemstone: "Yellow sapphire (or citrine)",
    days: ["Thursday"],
    planet: "Jupiter (Guru)",
    westernPlanet: "Jupiter",
    affirmation: "I share my ideas freely and learn something of value every day.",
    practice:
      "Every Thursday, teach someone one useful thing you know, or read ten pages of a book that widens your view.",
  },
  4: {
    colours: ["Electric blue", "Grey", "Khaki"],
    gemstone: "Hessonite garnet (gomed)",
    days: ["Saturday", "Sunday"],
    planet: "Rahu (North Node)",
    westernPlanet: "Uranus",
    affirmation: "I build steadily, and I adapt calmly when plans change.",
    practice: "Each evening, plan tomorrow in three lines and leave one slot empty for the unexpected.",
  },
  5: {
    colours: ["Green", "Light green", "Turquoise"],
    gemstone: "Emerald (or peridot)",
    days: ["Wednesday"],
    planet: "Mercury (Budha)",
    westernPlanet: "Mercury",
    affirmation: "I welcome change and choose the freedom that helps me grow.",
    practice:
      "Keep a 'one new thing' note each day (a word, a route, a recipe) and close each week by finishing one commitment.",
  },
  6: {
    colours: ["White", "Pink", "Light blue"],
    gemstone: "Diamond (or white sapphire, opal)",
    days: ["Friday"],
    planet: "Venus (Shukra)",
    westernPlanet: "Venus",
    affirmation: "I give love freely and receive it just as easily.",
    practice:
      "Every Friday, spend ten minutes making your space more beautiful: fresh flowers, a cleared surface or a favourite song.",
  },
  7: {
    colours: ["Sea green", "White", "Smoky grey"],
    gemstone: "Cat's eye (chrysoberyl)",
    days: ["Monday", "Sunday"],
    planet: "Ketu (South Node)",
    westernPlanet: "Neptune",
    affirmation: "I trust my inner knowing and let the right people in.",
    practice:
      "Sit in silence for ten minutes a day and write down one insight; share one of them with someone each week.",
  },
  8: {
    colours: ["Navy blue", "Black", "Deep violet"],
    gemstone: "Blue sapphire (traditionally worn only after a careful trial period)",
    days: ["Saturday"],
    planet: "Saturn (Shani)",
    westernPlanet: "Saturn",
    affirmation: "My patience is a strength; what I build with care will last.",
    practice:
      "Each Saturday, review the week's spending, and do one kind thing for someone who works hard for little reward.",
  },
  9: {
    colours: ["Red", "Coral", "Crimson"],
    gemstone: "Red coral",
    days: ["Tuesday"],
    planet: "Mars (Mangal)",
    westernPlanet: "Mars",
    affirmation: "I act with courage and let compassion guide my strength.",
    practice:
      "Give your energy an outlet with twenty minutes of brisk movement a day, and count to ten before answering in anger.",
  },
};

/** Remedies for a digit missing from the Lo Shu grid. */
export const loShuMissing: Record<Digit, LoShuMissingRemedy> = {
  1: {
    meaning:
      "Without a 1 in your grid, putting your ideas into words and asserting yourself may take conscious effort, and your sense of career direction can feel hazy at times.",
    direction: "N",
    element: "Water",
    remedies: [
      "Keep a small bowl of clean water or a little water feature in the north of your home or workspace, and refresh it often.",
      "Wear or carry something silver, a metal that traditionally supports Water.",
      "Write your goals by hand each morning to strengthen clear self-expression.",
    ],
    affirmation: "My voice is clear and my path is opening.",
  },
  2: {
    meaning:
      "A missing 2 can show as impatience, difficulty reading other people's feelings or relying on logic where intuition would help. Partnerships may need more deliberate care.",
    direction: "SW",
    element: "Earth",
    remedies: [
      "Place a matched pair of objects, such as two candles or two rose quartz stones, in the south-west.",
      "Bring earthy tones like beige, terracotta or soft yellow into your bedroom.",
      "Practise one act of deliberate, unhurried listening each day.",
    ],
    affirmation: "I am patient, and I welcome close, supportive bonds.",
  },
  3: {
    meaning:
      "Without a 3, memory, imagination and planning ahead may need support, and you may hold back from expressing ideas in groups.",
    direction: "E",
    element: "Wood",
    remedies: [
      "Keep a healthy green plant in the east of your home.",
      "Add wooden objects or green accents where you work or study.",
      "Carry a small notebook and capture ideas and plans before they slip away.",
    ],
    affirmation: "My mind is creative and my memory is clear.",
  },
  4: {
    meaning:
      "A missing 4 can show as difficulty with order, routine and practical follow-through, with paperwork or money tending to pile up.",
    direction: "SE",
    element: "Wood",
    remedies: [
      "Place a thriving money plant or jade plant in the south-east.",
      "Keep your workspace tidy with a simple five-minute filing routine each day.",
      "Break large tasks into checklists and tick each step off.",
    ],
    affirmation: "I bring order to my days, and my efforts grow steadily.",
  },
  5: {
    meaning:
      "The 5 sits at the centre of the grid, so its absence can feel like a lack of centre: emotional ups and downs, or difficulty keeping balance between different parts of life.",
    direction: "Centre",
    element: "Earth",
    remedies: [
      "Keep the centre of your home open, clean and uncluttered.",
      "Place a natural crystal or a bowl of smooth stones near the centre of your main room.",
      "Ground yourself daily with a few minutes of barefoot walking or slow breathing.",
    ],
    affirmation: "I am centred, steady and balanced.",
  },
  6: {
    meaning:
      "Without a 6, home life and family responsibilities may feel harder to settle, and support from helpful people may need to be sought more actively.",
    direction: "NW",
    element: "Metal",
    remedies: [
      "Hang a metal wind chime or place a brass object in the north-west.",
      "Use white, gold or silver accents in shared family spaces.",
      "Offer one practical kindness to a family member each week.",
    ],
    affirmation: "My home is harmonious and help arrives when I need it.",
  },
  7: {
    meaning:
      "A missing 7 can mean that lessons arrive through experience rather than instruction, and faith or a contemplative practice may take deliberate cultivation.",
    direction: "W",
    element: "Metal",
    remedies: [
      "Place a metal bowl or a white crystal in the west of your home.",
      "Set aside quiet time each week for reading or a contemplative practice.",
      "Keep a short gratitude journal to notice what life is already teaching you.",
    ],
    affirmation: "I learn with ease and trust the wisdom I have gained.",
  },
  8: {
    meaning:
      "Without an 8, attention to detail and methodical follow-through, especially with money, can slip. Finishing what you start may take extra structure.",
    direction: "NE",
    element: "Earth",
    remedies: [
      "Keep a clear quartz or another natural stone in the north-east.",
      "Use earthy yellow or beige accents in your study or desk area.",
      "Track your spending for one month to build financial awareness.",
    ],
    affirmation: "I manage my resources wisely and see my plans through.",
  },
  9: {
    meaning:
      "A missing 9 can show as lower drive or idealism at times, or difficulty getting recognition for your efforts.",
    direction: "S",
    element: "Fire",
    remedies: [
      "Add warm light to the south of your home: a lamp, a candle or a red accent.",
      "Wear a touch of red on days when you need extra courage.",
      "Choose one cause you care about and contribute to it regularly.",
    ],
    affirmation: "My energy is strong and my efforts are seen.",
  },
};

export const directionNames: Record<DirectionKind, DirectionName> = {
  shengQi: {
    name: "Sheng Qi",
    gloss: "Generating breath",
    meaning: "Your best direction for success, wealth and career; face it when you work, study for exams or negotiate.",
  },
  tianYi: {
    name: "Tian Yi",
    gloss: "Heavenly doctor",
    meaning:
      "Supports health and recovery; a good direction for your head while you sleep or for facing while you eat.",
  },
  yanNian: {
    name: "Yan Nian",
    gloss: "Longevity",
    meaning: "Supports love, harmony and family ties; face it for important conversations and shared meals.",
  },
  fuWei: {
    name: "Fu Wei",
    gloss: "Stability",
    meaning: "Supports personal growth, clarity and calm; good for study, meditation and quiet planning.",
  },
  huoHai: {
    name: "Huo Hai",
    gloss: "Mishaps",
    meaning: "Traditionally linked with minor setbacks and irritations; better not to face it for important tasks.",
  },
  wuGui: {
    name: "Wu Gui",
    gloss: "Five ghosts",
    meaning: "Traditionally linked with quarrels, gossip and loss; a poor spot for your desk or main door.",
  },
  liuSha: {
    name: "Liu Sha",
    gloss: "Six killings",
    meaning:
      "Traditionally linked with scandal and legal or relationship troubles; avoid sleeping with your head this way.",
  },
  jueMing: {
    name: "Jue Ming",
    gloss: "Total loss",
    meaning:
      "The least favourable direction in the tradition; keep beds, desks and main doors away from it where you reasonably can.",
  },
};

export const kua: Record<KuaNumber, KuaText> = {
  1: {
    title: "Kua 1: Water, the Abyss (Kan)",
    paragraph:
      "Kua 1 belongs to the East group and the Water element, whose trigram Kan is linked with depth, wisdom and flow. Water people tend to be adaptable and perceptive, moving around obstacles rather than through them. Your four favourable directions all fall in the East-group sectors, so rooms and desks oriented toward them feel supportive.",
    tips: [
      "Water and Metal support you: blues, black, white and silver, with flowing or rounded shapes.",
      "Face your Sheng Qi direction when working on career goals.",
      "Too much Earth (heavy beige and yellow, clutter) can feel stagnant for Water.",
    ],
  },
  2: {
    title: "Kua 2: Earth, the Receptive (Kun)",
    paragraph:
      "Kua 2 belongs to the West group and the Earth element, whose trigram Kun is linked with nurture, receptivity and steady support. Earth people often bring patience and reliability to family and work. Your favourable directions lie in the West-group sectors, and arranging key furniture to face them is the traditional way to draw on them.",
    tips: [
      "Earth and Fire support you: yellow, beige, terracotta and warm red, with square or flat shapes.",
      "Sleep with your head toward your Tian Yi direction to support health.",
      "Strong Wood (many tall plants, lots of green) can drain an Earth Kua's space.",
    ],
  },
  3: {
    title: "Kua 3: Wood, the Arousing (Zhen)",
    paragraph:
      "Kua 3 belongs to the East group and the Wood element, whose trigram Zhen is thunder: initiative, growth and sudden movement. Wood people tend to be energetic and forward-looking, happiest when something is growing. Your favourable directions fall in the East-group sectors.",
    tips: [
      "Wood and Water support you: greens, browns and blues, with tall or columnar shapes.",
      "Healthy plants and natural wood bring your element into the room.",
      "Heavy Metal decor (lots of white and grey, hard angles) can feel restrictive for Wood.",
    ],
  },
  4: {
    title: "Kua 4: Wood, the Gentle (Xun)",
    paragraph:
      "Kua 4 belongs to the East group and the Wood element, whose trigram Xun is the wind: gentle, persistent influence that reaches everywhere. Wood people of this Kua often grow their success gradually through connections and steady effort. Your favourable directions fall in the East-group sectors.",
    tips: [
      "Wood and Water support you: soft greens, blues and natural textures.",
      "Face your Yan Nian direction during important conversations with loved ones.",
      "Keep sharp metal objects and excessive white out of your main workspace.",
    ],
  },
  6: {
    title: "Kua 6: Metal, the Creative (Qian)",
    paragraph:
      "Kua 6 belongs to the West group and the Metal element, whose trigram Qian is heaven: strength, leadership and clarity. Metal people of this Kua often carry natural authority and high standards. Your favourable directions lie in the West-group sectors.",
    tips: [
      "Metal and Earth support you: white, grey, gold, silver and soft earth tones, with round shapes.",
      "Face your Sheng Qi direction when signing, negotiating or presenting.",
      "Too much Fire (strong reds, many candles) can feel agitating for Metal.",
    ],
  },
  7: {
    title: "Kua 7: Metal, the Joyous (Dui)",
    paragraph:
      "Kua 7 belongs to the West group and the Metal element, whose trigram Dui is the lake: joy, speech and pleasure. Metal people of this Kua are often articulate and sociable, with a taste for refinement. Your favourable directions lie in the West-group sectors.",
    tips: [
      "Metal and Earth support you: white, pastel metallics and warm neutrals.",
      "Use your Fu Wei direction for study, meditation and quiet planning.",
      "Strong Fire colours in the bedroom can disturb a Metal Kua's rest.",
    ],
  },
  8: {
    title: "Kua 8: Earth, the Mountain (Gen)",
    paragraph:
      "Kua 8 belongs to the West group and the Earth element, whose trigram Gen is the mountain: stillness, knowledge and steadiness. Earth people of this Kua tend to be patient, thoughtful and quietly determined. Your favourable directions lie in the West-group sectors.",
    tips: [
      "Earth and Fire support you: yellow, ochre, beige and touches of red.",
      "Place your desk so you face your Sheng Qi direction while working.",
      "Too much Wood (dense plants, heavy green) can unsettle an Earth Kua.",
    ],
  },
  9: {
    title: "Kua 9: Fire, the Clinging (Li)",
    paragraph:
      "Kua 9 belongs to the East group and the Fire element, whose trigram Li is brightness: clarity, recognition and warmth. Fire people tend to be expressive, passionate and visible. Your favourable directions fall in the East-group sectors.",
    tips: [
      "Fire and Wood support you: reds, oranges, purples and greens, with triangular or pointed shapes.",
      "Face your Sheng Qi direction when you want to be noticed for your work.",
      "Large water features in your main room can dampen a Fire Kua's energy.",
    ],
  },
};
