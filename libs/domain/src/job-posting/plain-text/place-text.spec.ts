import { looksLikePlace, splitWorkplaceNote } from './place-text';

describe('looksLikePlace', () => {
  it.each([
    ['London, England, United Kingdom'],
    ['Bordeaux, Nouvelle-Aquitaine, France'],
    ['Berlin, Deutschland'],
    ['Austin, TX 78701'],
    ['New York, NY'],
    ['Springfield, IL'],
    ['80331 München'],
    ['28195 Bremen'],
    ['8001 Zürich'],
    ['Lyon (69)'],
    ['Bristol (BS1)'],
    ['Paris'],
    ['Zürich'],
  ])('%j is a place', (text) => {
    expect(looksLikePlace(text)).toBe(true);
  });

  it.each([
    ['Brightwave Labs'],
    ['About us'],
    ['Nice to have'],
    ['Python'],
    ['Salary: €60k'],
    ['A portfolio that shows your process, ideally with a case study from a regulated industry such as health'],
    ['paris'],
    ['Bac +5 / Master'],
  ])('%j is not a place', (text) => {
    expect(looksLikePlace(text)).toBe(false);
  });
});

describe('splitWorkplaceNote', () => {
  it.each([
    ['London, United Kingdom (Hybrid)', 'London, United Kingdom', 'Hybrid'],
    ['Germany (Remote)', 'Germany', 'Remote'],
    ['Hybrid work in Austin, TX 78701', 'Austin, TX 78701', 'Hybrid work'],
    ['Remote in Berlin', 'Berlin', 'Remote'],
    ['Paris', 'Paris', null],
  ])('%j → place %j, note %j', (text, place, note) => {
    expect(splitWorkplaceNote(text)).toEqual({ place, note });
  });
});
