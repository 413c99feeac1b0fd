import type { DemoPerson } from './demo-organization';
import { DemoRandom } from './demo-random';

/**
 * The generated part of the demo organization, beside the hand-written people of
 * `demo-organization.ts` (who stay exactly as they are: tests and browser tests follow them). A
 * second leader reports to Dana, so Dana's subtree is the whole organization and Nora's is hers;
 * five more managers lead teams of different sizes, one of three people, so the org dashboard has
 * cells above the anonymity threshold (5 by default) and cells below it.
 */
export const DEMO_SEED = 20_261_125;

export interface DemoTeam {
  managerKey: string;
  /** The kind of engineer the team hires: it goes into their titles. */
  discipline: string;
  size: number;
  /** A company that courted most of the team at about the same time, that many days ago. */
  drive: { company: string; daysAgo: number };
}

/** The second leader and the new managers, named because the seed logs their logins. */
export const DEMO_LEADS: DemoPerson[] = [
  { key: 'nora', name: 'Nora Castillo', title: 'Head of Platform', levelKey: 'M3', managerKey: 'dana', joinedDaysAgo: 1750 },
  { key: 'tomas', name: 'Tomas Varga', title: 'Engineering Manager, Mobile', levelKey: 'M1', managerKey: 'dana', joinedDaysAgo: 1400 },
  { key: 'yusuf', name: 'Yusuf Demir', title: 'Senior Engineering Manager, Security', levelKey: 'M2', managerKey: 'dana', joinedDaysAgo: 1150 },
  { key: 'rhea', name: 'Rhea Kapoor', title: 'Engineering Manager, Infrastructure', levelKey: 'M1', managerKey: 'nora', joinedDaysAgo: 1300 },
  { key: 'mateo', name: 'Mateo Silva', title: 'Engineering Manager, Data', levelKey: 'M1', managerKey: 'nora', joinedDaysAgo: 950 },
  { key: 'ulla', name: 'Ulla Berg', title: 'Engineering Manager, Developer Tools', levelKey: 'M1', managerKey: 'nora', joinedDaysAgo: 800 },
];

export const DEMO_TEAMS: DemoTeam[] = [
  { managerKey: 'rhea', discipline: 'Platform', size: 14, drive: { company: 'Northstar Cloud', daysAgo: 420 } },
  { managerKey: 'tomas', discipline: 'Mobile', size: 12, drive: { company: 'Lumen Pay', daysAgo: 480 } },
  { managerKey: 'mateo', discipline: 'Data', size: 9, drive: { company: 'Meridian', daysAgo: 250 } },
  { managerKey: 'yusuf', discipline: 'Security', size: 7, drive: { company: 'Vector Systems', daysAgo: 560 } },
  { managerKey: 'ulla', discipline: 'Tools', size: 3, drive: { company: 'Atlas Analytics', daysAgo: 150 } },
];

/** The managers and the second leader heard from Northstar Cloud too, when it hired its own managers. */
export const LEADS_DRIVE = { company: 'Northstar Cloud', daysAgo: 300 };

/**
 * First names of the generated reports, each their login (`liam@…`). All sort after "Leo Martins"
 * and none contains a hand-written demo name, so the admin's first page of people and the manager
 * search of the browser tests find the hand-written people where they did.
 */
const FIRST_NAMES = [
  'Liam', 'Lina', 'Lucas', 'Luisa', 'Lydia', 'Magnus', 'Malik', 'Marta', 'Mei', 'Mikko', 'Mira', 'Nadia', 'Naveen', 'Nils', 'Noah',
  'Olga', 'Oscar', 'Paula', 'Pavel', 'Pedro', 'Petra', 'Quinn', 'Rafael', 'Rania', 'Rosa', 'Ruben', 'Sana', 'Selin', 'Simon', 'Stella',
  'Tariq', 'Tessa', 'Theo', 'Uma', 'Valentina', 'Vera', 'Victor', 'Wanda', 'Wei', 'Xavier', 'Yasmin', 'Yuki', 'Zainab', 'Zara', 'Zoe',
];
const LAST_NAMES = [
  'Abebe', 'Andersen', 'Barros', 'Bianchi', 'Costa', 'Dubois', 'Eriksen', 'Farouk', 'Fischer', 'Garcia', 'Horvat', 'Ibrahim', 'Jansen',
  'Kim', 'Kowalski', 'Laine', 'Moreau', 'Murphy', 'Nakamura', 'Novak', 'Ozturk', 'Park', 'Pereira', 'Quist', 'Rossi', 'Santos',
  'Schmidt', 'Singh', 'Tanaka', 'Torres', 'Ueda', 'Olsen', 'Virtanen', 'Walsh', 'Weber', 'Xu', 'Yilmaz', 'Zhang', 'Zielinski',
  'Alvarez', 'Brennan', 'Chowdhury', 'Dimitrov', 'Lund', 'Mwangi',
];

/** Ladder keys of the generated reports, most of them mid-level or senior. */
const LEVEL_WEIGHTS: [string, number][] = [['IC1', 10], ['IC2', 30], ['IC3', 30], ['IC4', 16], ['IC5', 8], ['IC6', 6]];
const TITLE_OF_LEVEL: Record<string, (discipline: string) => string> = {
  IC1: (d) => `Associate ${d} Engineer`,
  IC2: (d) => `${d} Engineer II`,
  IC3: (d) => `Senior ${d} Engineer`,
  IC4: (d) => `Staff ${d} Engineer`,
  IC5: (d) => `Senior Staff ${d} Engineer`,
  IC6: (d) => `Principal ${d} Engineer`,
};

/** The generated people: the leads, then every team's reports, always the same for the same seed. */
export function demoOrgChart(random: DemoRandom): DemoPerson[] {
  const firstNames = random.sample(FIRST_NAMES, FIRST_NAMES.length);
  const lastNames = random.sample(LAST_NAMES, LAST_NAMES.length);
  const reports: DemoPerson[] = [];
  for (const team of DEMO_TEAMS) {
    for (let i = 0; i < team.size; i++) {
      const n = reports.length;
      const first = firstNames[n];
      // Every seventh joined recently (their first practice is due 30 days in, their history is
      // short); half of those have no level set yet, so their roles are UNRATED.
      const recent = n % 7 === 3;
      const levelKey = recent && n % 2 === 0 ? null : random.weighted(LEVEL_WEIGHTS);
      reports.push({
        key: first.toLowerCase(),
        name: `${first} ${lastNames[n]}`,
        title: levelKey ? TITLE_OF_LEVEL[levelKey](team.discipline) : `${team.discipline} Engineer`,
        levelKey,
        managerKey: team.managerKey,
        joinedDaysAgo: recent ? random.int(15, 420) : random.int(780, 2600),
      });
    }
  }
  return [...DEMO_LEADS, ...reports];
}
