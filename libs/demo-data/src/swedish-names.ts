import type { Region } from '#libs/decider';

/** Municipalities of the two counties, each with a weight near its share of the county's companies. */
export const MUNICIPALITIES: Readonly<Record<Region, readonly (readonly [string, number])[]>> = {
  vastmanland: [
    ['Västerås', 55],
    ['Köping', 9],
    ['Sala', 8],
    ['Hallstahammar', 6],
    ['Fagersta', 5],
    ['Arboga', 5],
    ['Kungsör', 3],
    ['Surahammar', 3],
    ['Norberg', 2],
    ['Skinnskatteberg', 2],
  ],
  orebro: [
    ['Örebro', 50],
    ['Karlskoga', 10],
    ['Kumla', 7],
    ['Lindesberg', 7],
    ['Hallsberg', 5],
    ['Askersund', 4],
    ['Lekeberg', 3],
    ['Nora', 3],
    ['Degerfors', 3],
    ['Laxå', 2],
    ['Hällefors', 2],
    ['Ljusnarsberg', 2],
  ],
};

/** Place and landscape words that company names in the region start with. */
export const PLACE_WORDS: Readonly<Record<Region, readonly string[]>> = {
  vastmanland: [
    'Bergslagens', 'Mälardalens', 'Västmanlands', 'Västerås', 'Köpings', 'Arboga', 'Sala', 'Fagersta', 'Kolbäcks', 'Kungsörs',
    'Surahammars', 'Norbergs', 'Hallstahammars', 'Tidö', 'Badelunda', 'Irsta', 'Strömsholms', 'Kärrbo', 'Dingtuna', 'Svartådalens',
  ],
  orebro: [
    'Närkes', 'Örebro', 'Kilsbergens', 'Hjälmarens', 'Kumla', 'Hallsbergs', 'Lindesbergs', 'Nora', 'Askersunds', 'Karlskoga',
    'Tysslinge', 'Glanshammars', 'Lekebergs', 'Laxå', 'Degerfors', 'Vivalla', 'Tivedens', 'Garphyttans', 'Fellingsbro', 'Frövi',
  ],
};

export const TRADE_WORDS = [
  'Mekaniska', 'Bygg', 'Plåt', 'El', 'VVS', 'Trä', 'Data', 'Konsult', 'Måleri', 'Snickeri', 'Bageri', 'Transport', 'Gjuteri',
  'Verkstad', 'Design', 'Energi', 'Solkraft', 'Miljöteknik', 'Fastighetsservice', 'Redovisning', 'Kafé', 'Charkuteri', 'Gårdsmejeri',
  'Mjukvara', 'Automation', 'Laser', 'Hydraulik', 'Städservice', 'Hälsa', 'Kött', 'Trädgård', 'Maskin', 'Plast', 'Glas', 'Smide',
  'Tryckeri', 'Rör', 'Logistik', 'Ventilation', 'Betong', 'Mark', 'Skog', 'Elektronik', 'Produktion', 'Industriservice', 'Bryggeri',
] as const;

export const SURNAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson',
  'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Lindberg', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson',
  'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg',
  'Sjöberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson',
  'Holm', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson', 'Bergqvist', 'Nyström', 'Holmberg', 'Arvidsson', 'Löfgren',
] as const;

export const FOREIGN_SURNAMES = [
  'Hassan', 'Ali', 'Mohammed', 'Yilmaz', 'Kaya', 'Nguyen', 'Kowalski', 'Nowak', 'Haddad', 'Rahimi', 'Popescu', 'Jovanović',
  'Petrović', 'Ahmadi', 'Hosseini', 'Abdi', 'Warsame', 'Korhonen', 'Virtanen', 'Rodríguez', 'Silva', 'Demir', 'Öztürk', 'Khalil',
] as const;

export const WOMEN_FIRST_NAMES = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Kristina', 'Emma', 'Elin', 'Ingrid', 'Linnea', 'Malin', 'Johanna', 'Sofia',
  'Hanna', 'Ida', 'Cecilia', 'Helena', 'Frida', 'Therese', 'Jenny', 'Camilla', 'Ulrika', 'Annika',
] as const;

export const MEN_FIRST_NAMES = [
  'Lars', 'Mikael', 'Anders', 'Johan', 'Per', 'Erik', 'Karl', 'Peter', 'Jan', 'Thomas', 'Daniel', 'Fredrik', 'Hans', 'Mats',
  'Magnus', 'Stefan', 'Jonas', 'Andreas', 'Niklas', 'Marcus', 'Oskar', 'Henrik', 'Mattias', 'Björn',
] as const;

export const FOREIGN_WOMEN_FIRST_NAMES = ['Fatima', 'Amina', 'Leyla', 'Mariam', 'Zeynep', 'Agnieszka', 'Nadia', 'Yasmin', 'Linh', 'Sanna'] as const;
export const FOREIGN_MEN_FIRST_NAMES = ['Ahmed', 'Mehmet', 'Ali', 'Omar', 'Tomasz', 'Reza', 'Karim', 'Minh', 'Dragan', 'Yusuf'] as const;

export const COMPANY_FORMS = [
  ['AB', 80],
  ['i Mälardalen AB', 3],
  ['& Söner AB', 3],
  ['Sverige AB', 4],
  ['Nordic AB', 3],
  ['Group AB', 2],
  ['Partner AB', 5],
] as const;
