import { isBoardMarker, isChromeLine, isContentHeading, readPostedBy, readSaveLabel, tailAt } from './board-chrome';

describe('isChromeLine', () => {
  it.each([
    // Buttons
    ['Apply'], ['Easy Apply'], ['Apply now'], ['Save'], ['Share'], ['Show more'], ['Show less'], ['… more'],
    ['Postuler'], ['Candidature simplifiée'], ['Enregistrer'], ['Sauvegarder'], ['Voir plus'], ['Voir moins'],
    ['Bewerben'], ['Jetzt bewerben'], ['Einfach bewerben'], ['Speichern'], ['Merken'], ['Mehr anzeigen'], ['weniger anzeigen'],
    // Counters and dates
    ['200 applicants'], ['Over 100 applicants'], ['Plus de 100 candidats'], ['Über 100 Bewerber:innen'], ['23 Bewerbungen'],
    ['Posted 3 days ago'], ['Reposted 2 weeks ago'], ['30+ days ago'], ['30d+'], ['il y a 2 jours'], ['Publiée il y a une semaine'],
    ['vor 3 Tagen'], ['Veröffentlicht: vor 5 Tagen'], ['Erschienen: vor 1 Woche'],
    // Badges and notes
    ['Promoted'], ['Promoted by hirer'], ['Be an early applicant'], ['Actively reviewing applicants'],
    ['See who Brightwave Labs has hired for this role'], ['Voir qui Maison Verdier a recruté pour ce poste'],
    ['Sehen Sie, wen Kranich Mobility GmbH für diese Rolle eingestellt hat'],
    ['4,210 followers'], ['2 318 abonnés'], ['4.1 out of 5 stars'], ['4,2 sur 5 étoiles'], ['4.3'], ['★'],
    ['Matches your job preferences, workplace type is Hybrid.'],
    ['Save Senior Backend Engineer at Brightwave Labs'], ['Posted 2 days ago by Harbourline Systems'],
  ])('%j is chrome anywhere', (line) => {
    expect(isChromeLine(line, 'body')).toBe(true);
  });

  it.each([['Benefits'], ['Skills'], ['Pay'], ['Location'], ['Salaire'], ['Gehalt'], ['New']])(
    '%j is chrome above the description only: it may be a heading of the posting',
    (line) => {
      expect(isChromeLine(line, 'header')).toBe(true);
      expect(isChromeLine(line, 'body')).toBe(false);
    },
  );

  it.each([
    ['Apply your skills to hard problems.'],
    ['Save lives with better software'],
    ['We have over 100 engineers'],
    ['Share your ideas with the team'],
    ['Postuler avant le 30 juin'],
  ])('%j is the posting’s own text', (line) => {
    expect(isChromeLine(line, 'body')).toBe(false);
  });
});

describe('lines that name the title or company', () => {
  it.each([
    ['Save Senior Backend Engineer at Brightwave Labs', 'Senior Backend Engineer', 'Brightwave Labs'],
    ['Enregistrer Ingénieur DevOps chez Maison Verdier', 'Ingénieur DevOps', 'Maison Verdier'],
    ['Sr. Product Manager (m/w/d) bei Kranich Mobility GmbH speichern', 'Sr. Product Manager (m/w/d)', 'Kranich Mobility GmbH'],
  ])('%j → %j at %j', (line, title, company) => {
    expect(readSaveLabel(line)).toEqual({ title, company });
  });

  it('reads "Posted … by Company"', () => {
    expect(readPostedBy('Posted 2 days ago by Harbourline Systems')).toBe('Harbourline Systems');
    expect(readPostedBy('Posted 2 days ago')).toBeNull();
  });
});

describe('where the description starts and ends', () => {
  it.each([['About the job'], ['Full job description'], ['À propos de l’offre d’emploi'], ['Description du poste'], ['Stellenbeschreibung'], ['Info']])(
    '%j is a board’s heading',
    (line) => {
      expect(isBoardMarker(line)).toBe(true);
    },
  );

  it.each([['Über uns'], ['Ihre Aufgaben'], ['Vos missions :'], ['About us'], ['What you’ll do']])('%j is the posting’s own first heading', (line) => {
    expect(isContentHeading(line)).toBe(true);
  });

  it('ends at a company box only when a follower count follows it', () => {
    expect(tailAt(['About the company', 'Brightwave Labs', '4,210 followers'], 0)).toEqual({ company: 'Brightwave Labs' });
    expect(tailAt(['About the company', 'We are a co-operative owned by our staff.'], 0)).toBeNull();
    expect(tailAt(['Set alert for similar jobs'], 0)).toEqual({ company: null });
  });
});
