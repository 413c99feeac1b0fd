/** The demo organization: a leader, two managers and their teams, across the default ladder. */
export interface DemoPerson {
  key: string;
  name: string;
  title: string;
  /** Null for someone whose level nobody has set yet: their roles are UNRATED. */
  levelKey: string | null;
  managerKey: string | null;
  isAdmin?: boolean;
  /** Days since they joined, so practice cadences differ. */
  joinedDaysAgo: number;
}

export const DEMO_ORGANIZATION_NAME = 'Northwind Robotics (demo)';
export const DEMO_PASSWORD = 'onward-demo-password';
export const DEMO_EMAIL_DOMAIN = 'northwind.example';

export const DEMO_PEOPLE: DemoPerson[] = [
  { key: 'dana', name: 'Dana Whitfield', title: 'Director of Engineering', levelKey: 'M3', managerKey: null, isAdmin: true, joinedDaysAgo: 1900 },
  { key: 'maya', name: 'Maya Okafor', title: 'Engineering Manager', levelKey: 'M1', managerKey: 'dana', joinedDaysAgo: 1200 },
  { key: 'sam', name: 'Sam Lindqvist', title: 'Senior Engineering Manager', levelKey: 'M2', managerKey: 'dana', joinedDaysAgo: 1500 },
  { key: 'priya', name: 'Priya Raman', title: 'Senior Software Engineer', levelKey: 'IC3', managerKey: 'maya', joinedDaysAgo: 800 },
  { key: 'leo', name: 'Leo Martins', title: 'Software Engineer II', levelKey: 'IC2', managerKey: 'maya', joinedDaysAgo: 420 },
  { key: 'chen', name: 'Chen Wei', title: 'Staff Engineer', levelKey: 'IC4', managerKey: 'maya', joinedDaysAgo: 1600 },
  { key: 'amara', name: 'Amara Nwosu', title: 'Associate Software Engineer', levelKey: 'IC1', managerKey: 'maya', joinedDaysAgo: 20 },
  { key: 'jonas', name: 'Jonas Becker', title: 'Senior Software Engineer', levelKey: 'IC3', managerKey: 'maya', joinedDaysAgo: 950 },
  { key: 'sofia', name: 'Sofia Reyes', title: 'Senior Data Engineer', levelKey: 'IC3', managerKey: 'sam', joinedDaysAgo: 600 },
  { key: 'kofi', name: 'Kofi Mensah', title: 'Data Engineer', levelKey: 'IC2', managerKey: 'sam', joinedDaysAgo: 300 },
  { key: 'hana', name: 'Hana Sato', title: 'Principal Engineer', levelKey: 'IC6', managerKey: 'sam', joinedDaysAgo: 2100 },
  { key: 'omar', name: 'Omar Haddad', title: 'Senior Staff Engineer', levelKey: 'IC5', managerKey: 'sam', joinedDaysAgo: 1300 },
  { key: 'ines', name: 'Ines Ortega', title: 'Software Engineer', levelKey: null, managerKey: 'sam', joinedDaysAgo: 45 },
];

export const demoEmail = (key: string) => `${key}@${DEMO_EMAIL_DOMAIN}`;
