import type { SalaryRange } from '../job-posting-draft';
import { findSalary, hasSalaryLabel } from './salary-text';

const range = (min: number | null, max: number | null, currency: string, unit: string | null = null): SalaryRange => ({ min, max, currency, unit });

describe('findSalary', () => {
  it.each<[string, SalaryRange]>([
    // English
    ['€60,000 – €75,000 a year', range(60_000, 75_000, 'EUR', 'YEAR')],
    ['$145,000 - $170,000 a year - Full-time', range(145_000, 170_000, 'USD', 'YEAR')],
    ['$45/hr', range(45, 45, 'USD', 'HOUR')],
    ['$45.50 an hour', range(45.5, 45.5, 'USD', 'HOUR')],
    ['$40 - $55 per hour', range(40, 55, 'USD', 'HOUR')],
    ['£50k-£60k', range(50_000, 60_000, 'GBP')],
    ['£50k-£60k per annum', range(50_000, 60_000, 'GBP', 'YEAR')],
    ['£70K/yr - £85K/yr', range(70_000, 85_000, 'GBP', 'YEAR')],
    ['$160K - $190K (Employer est.)', range(160_000, 190_000, 'USD')],
    ['Salary: 60K to 70K £', range(60_000, 70_000, 'GBP')],
    ['USD 120,000 to 150,000 annually', range(120_000, 150_000, 'USD', 'YEAR')],
    ['up to £65,000 p.a.', range(null, 65_000, 'GBP', 'YEAR')],
    ['from $90k', range(90_000, null, 'USD')],
    ['£60k+ per year', range(60_000, null, 'GBP', 'YEAR')],
    ['CA$95,000 – CA$110,000 a year', range(95_000, 110_000, 'CAD', 'YEAR')],
    ['$500 a day', range(500, 500, 'USD', 'DAY')],
    ['$2,000 a week', range(2_000, 2_000, 'USD', 'WEEK')],
    ['$6,500 per month', range(6_500, 6_500, 'USD', 'MONTH')],
    // French
    ['60–75 k€ brut annuel', range(60_000, 75_000, 'EUR', 'YEAR')],
    ['45 000 € - 55 000 € par an', range(45_000, 55_000, 'EUR', 'YEAR')],
    ['45\u202f000\u00a0€ – 55\u202f000\u00a0€ par an', range(45_000, 55_000, 'EUR', 'YEAR')],
    ['jusqu\'à 55 K€', range(null, 55_000, 'EUR')],
    ['jusqu’à 38 K€ brut annuel selon expérience', range(null, 38_000, 'EUR', 'YEAR')],
    ['55 K€/an - 65 K€/an', range(55_000, 65_000, 'EUR', 'YEAR')],
    ['Salaire : 60K à 75K €', range(60_000, 75_000, 'EUR')],
    ['TJM : 550 € - 650 € / jour', range(550, 650, 'EUR', 'DAY')],
    ['entre 40 et 48 k€', range(40_000, 48_000, 'EUR')],
    ['2 300 € brut mensuel', range(2_300, 2_300, 'EUR', 'MONTH')],
    ['à partir de 45 000 €', range(45_000, null, 'EUR')],
    ['1,2K € / mois', range(1_200, 1_200, 'EUR', 'MONTH')],
    ['15 € de l\'heure', range(15, 15, 'EUR', 'HOUR')],
    // German
    ['60.000 € - 75.000 € pro Jahr', range(60_000, 75_000, 'EUR', 'YEAR')],
    ['68.000 – 82.000 € brutto im Jahr', range(68_000, 82_000, 'EUR', 'YEAR')],
    ['75.000 – 90.000 € Jahresgehalt', range(75_000, 90_000, 'EUR', 'YEAR')],
    ['1.800 € brutto monatlich', range(1_800, 1_800, 'EUR', 'MONTH')],
    ['45,50 €/h', range(45.5, 45.5, 'EUR', 'HOUR')],
    ['bis zu 80.000 EUR jährlich', range(null, 80_000, 'EUR', 'YEAR')],
    ['ab 55.000 € p.a.', range(55_000, null, 'EUR', 'YEAR')],
    ['von 4.000 bis 5.000 € pro Monat', range(4_000, 5_000, 'EUR', 'MONTH')],
    ['Stundenlohn: 18,50 €', range(18.5, 18.5, 'EUR', 'HOUR')],
    // Swiss
    ["CHF 120'000", range(120_000, 120_000, 'CHF')],
    ["CHF 120'000 – 140'000 pro Jahr", range(120_000, 140_000, 'CHF', 'YEAR')],
    ['CHF 120’000.– bis 135’000.–', range(120_000, 135_000, 'CHF')],
    ['Fr. 95 000 – 110 000', range(95_000, 110_000, 'CHF')],
  ])('%j → %j', (text, salary) => {
    expect(findSalary(text)?.salary).toEqual(salary);
  });

  it.each([
    ['5+ years of experience'],
    ['401(k) matching'],
    ['Bac +5 / Master'],
    ['We raised €20M in 2024'],
    ['$2.5 billion in payments a year'],
    ['Series B, $40 million'],
    ['Pensum: 80 – 100%'],
    ['Team of 12, founded 2019'],
    ['60 Europe offices'],
    ['9,000 UK shops'],
  ])('%j holds no salary', (text) => {
    expect(findSalary(text)).toBeNull();
  });

  it('puts a range given highest first the right way round', () => {
    expect(findSalary('€75,000 – €60,000')?.salary).toEqual(range(60_000, 75_000, 'EUR'));
  });

  it('says whether a period was stated and where the salary ends', () => {
    const line = '$145,000 - $170,000 a year - Full-time';
    const found = findSalary(line);
    expect(found?.hasPeriod).toBe(true);
    expect(line.slice(found?.end)).toBe(' - Full-time');
    expect(findSalary('$160K - $190K (Employer est.)')?.hasPeriod).toBe(false);
  });
});

describe('hasSalaryLabel', () => {
  it.each([
    ['Salary: €50k', true],
    ['Rémunération : selon profil', true],
    ['Gehalt: 60.000 €', true],
    ['Lohn: CHF 100’000', true],
    ['We pay well: €60k', false],
  ])('%j → %p', (line, labelled) => {
    expect(hasSalaryLabel(line)).toBe(labelled);
  });
});
