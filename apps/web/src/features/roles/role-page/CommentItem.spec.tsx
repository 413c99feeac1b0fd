import '../../../test/jsdom-polyfills';
import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import type { RoleCommentFieldsFragment } from '../../../generated/gql/graphql';
import { stubMatchMedia } from '../../../test/match-media-stub';
import { EditRoleCommentMutation } from '../api/role-mutations';
import { CommentItem } from './CommentItem';

beforeAll(stubMatchMedia);

const comment = (extra: Partial<RoleCommentFieldsFragment> = {}): RoleCommentFieldsFragment => ({
  id: 'c1',
  body: 'Shall we debrief after the first round?',
  createdAt: '2026-11-20T10:00:00.000Z',
  editedAt: null,
  author: { id: 'maya', name: 'Maya Okafor' },
  ...extra,
});

function renderItem(props: { comment: RoleCommentFieldsFragment; mine: boolean }, mocks: MockedResponse[] = []) {
  return render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <ol>
          <CommentItem roleId="r1" {...props} />
        </ol>
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('CommentItem', () => {
  it('offers edit and delete to its author only', () => {
    const { unmount } = renderItem({ comment: comment(), mine: true });
    expect(screen.getByRole('button', { name: 'Edit this comment' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete this comment' })).toBeTruthy();
    unmount();
    renderItem({ comment: comment(), mine: false });
    expect(screen.queryByRole('button', { name: 'Edit this comment' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete this comment' })).toBeNull();
  });

  it('says "edited", in words, once edited', () => {
    renderItem({ comment: comment({ editedAt: '2026-11-21T10:00:00.000Z' }), mine: false });
    expect(screen.getByText('(edited)')).toBeTruthy();
  });

  it('edits in place: a blank text is refused before asking the server, a real one is saved', async () => {
    const edited = { ...comment({ body: 'A mock system design first?', editedAt: '2026-11-21T10:00:00.000Z' }), __typename: 'RoleComment' as const };
    const mock = {
      request: { query: EditRoleCommentMutation, variables: { id: 'c1', body: 'A mock system design first?' } },
      result: { data: { editRoleComment: { ...edited, author: { __typename: 'Person' as const, id: 'maya', name: 'Maya Okafor' } } } },
    };
    renderItem({ comment: comment(), mine: true }, [mock]);
    fireEvent.click(screen.getByRole('button', { name: 'Edit this comment' }));
    const text = screen.getByLabelText('Comment text');
    fireEvent.change(text, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save comment' }));
    expect(await screen.findByText('A comment cannot be empty: delete it instead.')).toBeTruthy();
    fireEvent.change(text, { target: { value: ' A mock system design first? ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save comment' }));
    expect(await screen.findByRole('button', { name: 'Edit this comment' })).toBeTruthy();
    expect(screen.queryByLabelText('Comment text')).toBeNull();
  });

  it('asks before deleting', async () => {
    renderItem({ comment: comment(), mine: true });
    fireEvent.click(screen.getByRole('button', { name: 'Delete this comment' }));
    expect(await screen.findByRole('dialog', { name: 'Delete this comment?' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
  });
});
