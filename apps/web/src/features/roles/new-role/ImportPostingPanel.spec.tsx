import '../../../test/jsdom-polyfills';
import { GraphQLError } from 'graphql';
import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { PostingDraftFieldsFragment } from '../../../generated/gql/graphql';
import { stubMatchMedia } from '../../../test/match-media-stub';
import { ImportPostingFromUrlMutation } from '../api/role-mutations';
import { ImportPostingPanel } from './ImportPostingPanel';

beforeAll(stubMatchMedia);

const LINK = 'https://jobs.example/postings/42';
const DRAFT: PostingDraftFieldsFragment = {
  source: 'HTML_HEADINGS', fieldsFound: ['title', 'company', 'url'], warnings: ['Only the page’s title and main heading could be read.'], suggestedLevelKey: 'IC5',
  title: 'Sr. Staff Engineer', company: 'Quillmate', location: null, remote: false, workplace: null, description: null, url: LINK, employmentTypes: [],
  datePosted: null, validThrough: null, salary: null,
};
const typed = (draft: PostingDraftFieldsFragment) => ({ __typename: 'JobPostingDraft' as const, ...draft, salary: null });

function renderPanel(mock: MockedResponse) {
  const imported = jest.fn();
  const kept = jest.fn();
  render(
    <MockedProvider mocks={[mock]}>
      <MantineProvider>
        <ImportPostingPanel onImported={imported} onLinkKept={kept} levelName={(key) => `Senior Staff (${key})`} />
      </MantineProvider>
    </MockedProvider>,
  );
  fireEvent.click(screen.getByRole('tab', { name: 'From a link' }));
  fireEvent.change(screen.getByLabelText('Link to the job page'), { target: { value: ` ${LINK} ` } });
  fireEvent.click(screen.getByRole('button', { name: 'Read the page' }));
  return { imported, kept };
}

const request = { query: ImportPostingFromUrlMutation, variables: { input: { url: LINK } } };

describe('ImportPostingPanel, from a link', () => {
  it('fills the form from the page and shows the warning of a headings-only read', async () => {
    const { imported, kept } = renderPanel({ request, result: { data: { importPostingFromUrl: typed(DRAFT) } } });
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Found the title, company and link in the page’s title and main heading only.');
    expect(status.textContent).toContain('Senior Staff (IC5)');
    expect(within(status).getByText('Only the page’s title and main heading could be read.')).toBeTruthy();
    expect(imported).toHaveBeenCalledWith(expect.objectContaining({ title: 'Sr. Staff Engineer', url: LINK }));
    expect(kept).not.toHaveBeenCalled();
  });

  it('says in words why a link was refused, and keeps the link for the form', async () => {
    const refused = new GraphQLError('That link leads to a private, local or reserved network address, which Onward does not visit.', {
      extensions: { code: 'BAD_USER_INPUT', reason: 'URL_NOT_ALLOWED', refusal: 'ADDRESS_NOT_ALLOWED' },
    });
    const { imported, kept } = renderPanel({ request, result: { errors: [refused] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Onward could not read this page');
    expect(alert.textContent).toContain('private, local or reserved network address');
    expect(alert.textContent).toContain('The link is kept on the form below.');
    expect(kept).toHaveBeenCalledWith(LINK);
    expect(imported).not.toHaveBeenCalled();
  });

  it('asks for a link before sending anything', () => {
    render(
      <MockedProvider mocks={[]}>
        <MantineProvider>
          <ImportPostingPanel onImported={jest.fn()} onLinkKept={jest.fn()} levelName={(key) => key} />
        </MantineProvider>
      </MockedProvider>,
    );
    fireEvent.click(screen.getByRole('tab', { name: 'From a link' }));
    fireEvent.click(screen.getByRole('button', { name: 'Read the page' }));
    expect(screen.getByText('Paste the posting’s link first.')).toBeTruthy();
  });
});
