// The most used passwords of 8+ characters from public breach corpora; lower-case.
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd", "p@ssword",
  "12345678", "123456789", "1234567890", "0123456789", "87654321", "11111111", "00000000", "12341234",
  "123123123", "123qweasd", "1q2w3e4r", "1q2w3e4r5t", "1qaz2wsx", "qwertyuiop", "qwerty123", "qwerty12",
  "qwertyui", "asdfghjkl", "asdfasdf", "zxcvbnm1", "iloveyou", "iloveyou1", "sunshine", "princess",
  "football", "baseball", "welcome1", "welcome123", "superman", "trustno1", "starwars", "whatever",
  "michelle", "jennifer", "computer", "corvette", "mercedes", "midnight", "basketball", "internet",
  "letmein1", "letmein123", "abcd1234", "abc12345", "aa123456", "qazwsxedc", "changeme", "changeme1",
  "monkey123", "dragon123", "master123", "shadow123", "access14", "blink182", "charlie1", "freedom1",
  "hello123", "admin123", "administrator", "loveyou1", "lovely123", "samsung1", "google123", "numerology",
  "numerai1", "numerai123", "astrology", "zodiac123", "lifepath", "destiny1", "soulmate", "horoscope",
]);
