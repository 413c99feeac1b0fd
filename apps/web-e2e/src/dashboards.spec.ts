import { expect, test } from '@playwright/test';
import { card, daysAgo, downloadCsv, graphqlAs, summaryValue, tableOf } from './support/dashboards';
import { logInAsDemo, openFromNav } from './support/growth';

// Demo data (apps/api/src/seed): Sam manages Sofia, Kofi, Hana, Omar and Ines. Three of them are
// covered by the practice cadence (Sofia, Kofi, Omar); four roles are shared with Sam (two step-ups,
// one same-level, one unrated); Sofia's Atlas Analytics role had interviews 20, 12 and 5 days ago
// and no debrief yet; Omar has one action item, overdue, and had a satisfaction talk. The test adds
// two debriefs (below), so every figure checked here is known whatever day it runs.

interface Seeded {
  sofiaId: string;
  kofiId: string;
  atlasRoleId: string;
}

const CREATE_DEBRIEF = 'mutation ($input: CreateDebriefInput!) { createDebrief(input: $input) { id } }';

test('a manager reads the team dashboard and the outside perspective, as charts, tables and CSV; a report has neither', async ({ page, browser }) => {
  await logInAsDemo(page, 'sam', 'Sam');

  await test.step('Sam debriefs Sofia on Atlas Analytics today and Kofi, without a role, 200 days ago', async () => {
    const { sharedWithMe, me } = await graphqlAs<{
      sharedWithMe: { edges: { node: { id: string; company: string | null; owner: { id: string; name: string } | null } }[] };
      me: { directReports: { id: string; name: string }[] };
    }>(page, 'query { sharedWithMe(first: 50) { edges { node { id company owner { id name } } } } me { directReports { id name } } }');
    const atlas = sharedWithMe.edges.map((e) => e.node).find((role) => role.company === 'Atlas Analytics');
    const kofi = me.directReports.find((report) => report.name === 'Kofi Mensah');
    expect(atlas?.owner?.name).toBe('Sofia Reyes');
    const seeded: Seeded = { sofiaId: atlas!.owner!.id, kofiId: kofi!.id, atlasRoleId: atlas!.id };
    await graphqlAs(page, CREATE_DEBRIEF, {
      input: {
        reportId: seeded.sofiaId,
        roleId: seeded.atlasRoleId,
        heldOn: daysAgo(0),
        outcome: 'INTERVIEWING',
        stages: ['RECRUITER_SCREEN', 'SYSTEM_DESIGN', 'FINAL'],
        stageCount: 3,
        themes: ['data modelling', 'streaming'],
        assessedLevelKey: 'IC4',
        ratings: { startedOnTime: 5, treatedWithRespect: 4 },
      },
    });
    await graphqlAs(page, CREATE_DEBRIEF, {
      input: {
        reportId: seeded.kofiId,
        heldOn: daysAgo(200),
        stages: ['RECRUITER_SCREEN', 'TECHNICAL'],
        stageCount: 2,
        themes: ['Streaming'],
        assessedLevelKey: 'IC2',
        ratings: { startedOnTime: 3 },
      },
    });
  });

  await test.step('the team dashboard shows today and the last twelve months', async () => {
    await openFromNav(page, 'Team dashboard');
    const today = card(page, 'Today');
    await expect(summaryValue(today, 'Practice coverage')).toHaveText('60%');
    await expect(summaryValue(today, 'Reports covered')).toHaveText('3');
    await expect(summaryValue(today, 'Reports on the team')).toHaveText('5');
    await expect(summaryValue(today, 'Debriefs pending')).toHaveText('0');
    await expect(summaryValue(today, 'Same-level roles awaiting a satisfaction talk')).toHaveText('1');
    await expect(summaryValue(today, 'Open action items')).toHaveText('1');
    await expect(summaryValue(today, 'Overdue action items')).toHaveText('1');
    const year = card(page, 'Last twelve months');
    await expect(summaryValue(year, 'Roles shared with you')).toHaveText('4');
    await expect(summaryValue(year, 'Same-level flags')).toHaveText('1');
    await expect(summaryValue(year, 'Interviews')).toHaveText('3');
    await expect(summaryValue(year, 'Debriefs held')).toHaveText('2');
    await expect(summaryValue(year, 'Median days from interview to debrief')).toHaveText('5 days');
    await expect(summaryValue(year, 'Satisfaction conversations held')).toHaveText('1');
  });

  await test.step('each chart has its figures as a table, eight quarters', async () => {
    // The chart is drawn (Recharts' SVG) for sighted readers only: nothing in it takes the focus.
    await expect(card(page, 'Practice coverage by quarter').locator('.recharts-surface').first()).toBeVisible();
    expect(await page.locator('[aria-hidden="true"]').locator('[tabindex]:not([tabindex="-1"]), a[href], button, input').count()).toBe(0);
    // By keyboard: the Chart/Table switch is a radio group.
    const activity = card(page, 'Interviews and debriefs');
    await activity.getByRole('radio', { name: 'Chart' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(activity.getByRole('radio', { name: 'Table' })).toBeChecked();
    await expect(activity.getByRole('table', { name: 'Interviews and debriefs' })).toBeVisible();
    await expect(activity.locator('.recharts-surface')).toHaveCount(0);
    const coverage = await tableOf(page, 'Practice coverage by quarter');
    expect(coverage[0]).toEqual(['Quarter', 'Share covered', 'Covered', 'On the team']);
    expect(coverage).toHaveLength(9);
    expect(coverage[8]).toEqual([expect.stringMatching(/^Q[1-4] \d{4} \(so far\)$/), '60%', '3', '5']);

    const roles = await tableOf(page, 'Roles shared by stretch tag');
    expect(roles[0]).toEqual(['Quarter', 'Step up', 'Same level', 'Step down', 'Unrated', 'All roles']);
    const column = (i: number) => roles.slice(1).reduce((sum, row) => sum + Number(row[i]), 0);
    expect([column(1), column(2), column(3), column(4), column(5)]).toEqual([2, 1, 0, 1, 4]);

    const reports = await tableOf(page, 'Your reports');
    expect(reports[0]).toEqual(['Report', 'Practice', 'Next due', 'Roles shared', 'Debriefs pending', 'Satisfaction talks due', 'Open action items', 'Overdue']);
    expect(reports.map((row) => row[0]).slice(1).sort()).toEqual(['Hana Sato', 'Ines Ortega', 'Kofi Mensah', 'Omar Haddad', 'Sofia Reyes']);
    const omar = reports.find((row) => row[0] === 'Omar Haddad')!;
    expect([omar[1], ...omar.slice(3)]).toEqual(['Covered', '0', '0', '0', '1', '1']);
    await expect(card(page, 'Your reports').getByRole('link', { name: 'Sofia Reyes' })).toHaveAttribute('href', /^\/team\//);
  });

  await test.step('a CSV holds what the table shows', async () => {
    const coverage = await downloadCsv(page, 'Practice coverage by quarter');
    expect(coverage.name).toMatch(/^team-coverage-by-quarter-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = coverage.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Quarter,Share covered,Covered,On the team');
    expect(lines).toHaveLength(9);
    expect(lines[8]).toMatch(/^Q[1-4] \d{4} \(so far\),60%,3,5$/);
    const reports = await downloadCsv(page, 'Your reports');
    expect(reports.text).toMatch(/\r\nOmar Haddad,Covered,.+,0,0,0,1,1\r\n/);
  });

  await test.step('the outside perspective shows what the two debriefs say', async () => {
    await openFromNav(page, 'Outside perspective');
    const counted = card(page, 'Debriefs counted');
    await expect(summaryValue(counted, 'Debriefs')).toHaveText('2');
    await expect(summaryValue(counted, 'Different people')).toHaveText('2');
    // Most seen first; the order among equals is the API's.
    const [header, first, ...rest] = await tableOf(page, 'Kinds of stage seen most');
    expect([header, first]).toEqual([['Kind of stage', 'Debriefs'], ['Recruiter screen', '2']]);
    expect(rest.sort()).toEqual([['Final round', '1'], ['System design', '1'], ['Technical', '1']]);
    expect(await tableOf(page, 'Number of stages')).toEqual([['Stages', 'Debriefs'], ['2 stages', '1'], ['3 stages', '1']]);
    const themes = await tableOf(page, 'Common themes');
    expect(themes.slice(0, 2)).toEqual([['Theme', 'Debriefs'], [expect.stringMatching(/^streaming$/i), '2']]);
    expect(themes[2]).toEqual(['data modelling', '1']);
    const ratings = await tableOf(page, 'Candidate experience');
    expect(ratings[0]).toEqual(['Rating', 'Average (1 to 5)', 'Debriefs rating it']);
    expect(ratings).toContainEqual(['Interviews started on time', '4.0 of 5', '2']);
    expect(ratings).toContainEqual(['Treated with respect', '4.0 of 5', '1']);
    expect(ratings).toContainEqual(['The interviews were challenging', 'Not rated', '0']);
    const readings = await tableOf(page, 'Outside level readings');
    expect(readings).toContainEqual(['Above their level here', '1']);
    expect(readings).toContainEqual(['At their level here', '1']);
    // One person debriefed about Atlas Analytics, fewer than the organization's five: not named.
    expect(await tableOf(page, 'Companies')).toEqual([['Company', 'Debriefs', 'Different people'], ['Other companies', '1', '1'], ['No company known', '1', '—']]);
    const companies = await downloadCsv(page, 'Companies');
    expect(companies.text).toBe('Company,Debriefs,Different people\r\nOther companies,1,1\r\nNo company known,1,\r\n');
    expect(await tableOf(page, 'Most common processes')).toContainEqual(['Recruiter screen → System design → Final round', '1']);
  });

  await test.step('the last three months count only the debrief of today', async () => {
    await page.getByLabel('Debriefs from').selectOption({ label: 'Last 3 months' });
    await expect(page).toHaveURL(/[?&]months=3\b/);
    await expect(summaryValue(card(page, 'Debriefs counted'), 'Debriefs')).toHaveText('1');
    expect(await tableOf(page, 'Number of stages')).toEqual([['Stages', 'Debriefs'], ['3 stages', '1']]);
  });

  await test.step('at phone width nothing sticks out sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/dashboards/team');
    await expect(card(page, 'Your reports').getByRole('list', { name: 'Your reports' })).toContainText('Omar Haddad');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.goto('/dashboards/outside');
    await expect(card(page, 'Companies')).toBeVisible();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  });

  const sofiaContext = await browser.newContext();
  const sofia = await sofiaContext.newPage();
  await test.step('Sofia, who has no reports, has no dashboard in her navigation and is told why at its address', async () => {
    await logInAsDemo(sofia, 'sofia', 'Sofia');
    const nav = sofia.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'My growth' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Team dashboard' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Outside perspective' })).toHaveCount(0);
    await sofia.goto('/dashboards/team');
    await expect(sofia.getByRole('heading', { name: 'Team dashboard', level: 1 })).toBeVisible();
    await expect(sofia.getByText('The team dashboard is for managers')).toBeVisible();
    await expect(sofia.getByRole('region', { name: 'Today' })).toHaveCount(0);
    await sofia.goto('/dashboards/outside');
    await expect(sofia.getByText('The outside perspective is for managers')).toBeVisible();
    await expect(sofia.getByLabel('Debriefs from')).toHaveCount(0);
  });
  await sofiaContext.close();
});

// Demo data: Nora leads Rhea (14 reports), Mateo (9) and Ulla (3), who are her own team of three;
// Nora reports to Dana, who is an admin and sees the whole organization. Teams of three are fewer
// than the organization's five: they read "hidden", never a number.
test('a leader reads the org dashboard by team, nested, with suppressed cells in words, as tables, charts and CSV', async ({ page }) => {
  await logInAsDemo(page, 'nora', 'Nora');

  await test.step('Nora opens the org dashboard from the navigation and sees her teams nested under hers', async () => {
    await openFromNav(page, 'Org dashboard');
    const everyone = card(page, 'Everyone in view');
    await expect(summaryValue(everyone, 'People')).toHaveText('29');
    const teams = await tableOf(page, 'Teams');
    expect(teams[0]).toEqual(['Team', 'Part of', 'People', 'Covered by practice', 'With a debrief pending', 'With a satisfaction talk suggested', 'With open action items', 'With overdue action items']);
    expect(teams.slice(1).map((row) => [row[0], row[1]])).toEqual([
      ['Nora Castillo’s team (yours)', '—'],
      ['Mateo Silva’s team', 'Nora Castillo’s team (yours)'],
      ['Rhea Kapoor’s team', 'Nora Castillo’s team (yours)'],
      ['Ulla Berg’s team', 'Nora Castillo’s team (yours)'],
    ]);
    const people = Object.fromEntries(teams.slice(1).map((row) => [row[0], row[2]]));
    expect(people['Rhea Kapoor’s team']).toBe('14');
    expect(people['Ulla Berg’s team']).toBe('hidden');
    expect(people['Nora Castillo’s team (yours)']).toBe('hidden');
    // Mateo's nine may be hidden too, so that the small teams cannot be worked out from the total:
    // whichever, no cell of the page is a bare number below the threshold.
    for (const row of teams.slice(1)) for (const cell of row.slice(2)) expect(cell).toMatch(/^(hidden|[5-9]|\d{2,})$/);
  });

  await test.step('the teams CSV says "hidden" where the table does', async () => {
    const csv = await downloadCsv(page, 'Teams');
    expect(csv.name).toMatch(/^org-teams-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Team,Part of,People,Covered by practice,With a debrief pending,With a satisfaction talk suggested,With open action items,With overdue action items');
    expect(lines).toHaveLength(5);
    expect(lines.find((line) => line.startsWith('Ulla Berg’s team,'))).toMatch(/^Ulla Berg’s team,Nora Castillo’s team \(yours\),hidden,/);
  });

  await test.step('the quarters are charts with their tables, for everyone or one team', async () => {
    const sharing = card(page, 'People sharing roles');
    await expect(sharing.locator('.recharts-surface').first()).toBeVisible();
    expect(await page.locator('[aria-hidden="true"]').locator('[tabindex]:not([tabindex="-1"]), a[href], button, input').count()).toBe(0);
    const quarters = await tableOf(page, 'People sharing roles');
    expect(quarters[0]).toEqual(['Quarter', 'Step up', 'Same level', 'Step down', 'Unrated', 'Anyone sharing']);
    expect(quarters).toHaveLength(9);
    expect(quarters[8][0]).toMatch(/^Q[1-4] \d{4} \(so far\)$/);
    const coverage = await tableOf(page, 'Practice coverage');
    expect(coverage[0]).toEqual(['Quarter', 'Covered']);
    for (const row of coverage.slice(1)) expect(row[1]).toMatch(/^(hidden|[5-9]|\d{2,})$/);
    await page.getByLabel('Quarters of').selectOption({ label: 'Ulla Berg’s team' });
    const ulla = await tableOf(page, 'Interviews, debriefs and satisfaction talks');
    expect(ulla[0]).toEqual(['Quarter', 'Interviewed', 'Debriefed', 'In a satisfaction talk']);
    // A team of three: every count is hidden, whether anyone did it or not.
    for (const row of ulla.slice(1)) for (const cell of row.slice(1)) expect(cell).toBe('hidden');
    const csv = await downloadCsv(page, 'Interviews, debriefs and satisfaction talks');
    expect(csv.name).toMatch(/^org-interviews-and-debriefs-team-ulla-berg-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.trimEnd().split('\r\n')[1]).toMatch(/^Q[1-4] \d{4},hidden,hidden,hidden$/);
  });

  await test.step('screenshots at desktop and phone width; nothing sticks out sideways on a phone', async () => {
    // Tall windows rather than full-page shots, which repeat the fixed header halfway down.
    await page.setViewportSize({ width: 1280, height: 1700 });
    await page.goto('/dashboards/org');
    await expect(card(page, 'People sharing roles').locator('.recharts-surface').first()).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('org-dashboard-1280.png') });
    await page.setViewportSize({ width: 390, height: 2900 });
    await page.goto('/dashboards/org');
    await expect(card(page, 'Teams').getByRole('list', { name: 'Teams' })).toContainText('Ulla Berg’s team');
    await expect(card(page, 'People sharing roles').locator('.recharts-surface').first()).toBeVisible();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: test.info().outputPath('org-dashboard-390.png') });
  });

});

test('an admin sees every team of the organization; a manager of reports only and a report are refused', async ({ page: dana, browser }) => {
  await test.step('Dana, an admin, sees every team of the organization, Nora’s teams under hers', async () => {
    await logInAsDemo(dana, 'dana', 'Dana');
    await openFromNav(dana, 'Org dashboard');
    await expect(summaryValue(card(dana, 'Everyone in view'), 'People')).toHaveText('63');
    const teams = await tableOf(dana, 'Teams');
    expect(teams.slice(1).map((row) => row[0])).toEqual([
      'Dana Whitfield’s team (yours)',
      'Maya Okafor’s team',
      'Nora Castillo’s team',
      'Mateo Silva’s team',
      'Rhea Kapoor’s team',
      'Ulla Berg’s team',
      'Sam Lindqvist’s team',
      'Tomas Varga’s team',
      'Yusuf Demir’s team',
    ]);
    expect(teams.find((row) => row[0] === 'Rhea Kapoor’s team')?.[1]).toBe('Nora Castillo’s team');
  });

  for (const [key, name] of [['sam', 'Sam'], ['sofia', 'Sofia']] as const) {
    const context = await browser.newContext();
    const other = await context.newPage();
    await test.step(`${name}, who leads no managers, has no org dashboard in the navigation and is told why at its address`, async () => {
      await logInAsDemo(other, key, name);
      await expect(other.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' })).toBeVisible();
      await expect(other.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Org dashboard' })).toHaveCount(0);
      await other.goto('/dashboards/org');
      await expect(other.getByRole('heading', { name: 'Org dashboard', level: 1 })).toBeVisible();
      await expect(other.getByText('The org dashboard is for leaders and admins')).toBeVisible();
      await expect(other.getByRole('region', { name: 'Teams' })).toHaveCount(0);
    });
    await context.close();
  }
});
