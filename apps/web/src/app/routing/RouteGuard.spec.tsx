import '../../test/jsdom-polyfills';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { ViewerQuery } from '../../features/session/viewer-query';
import type { ViewerFieldsFragment } from '../../generated/gql/graphql';
import { stubMatchMedia } from '../../test/match-media-stub';
import { RouteGuard } from './RouteGuard';
import type { RouteAccess } from './route-access';

beforeAll(stubMatchMedia);

const person = (isAdmin: boolean): ViewerFieldsFragment => ({
  id: 'p1',
  name: 'Priya Raman',
  email: 'priya@example.com',
  isAdmin,
  isLeader: false,
  directReports: [],
  status: 'ACTIVE',
});

function WhereAmI() {
  const location = useLocation();
  return <p>At {`${location.pathname}${location.search}`}</p>;
}

function renderAt(path: string, access: RouteAccess, me: ViewerFieldsFragment | null) {
  const mocks = [{ request: { query: ViewerQuery }, result: { data: { me: me && { __typename: 'Person', ...me } } } }];
  return render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route element={<RouteGuard access={access} />}>
              {access === 'guest-only' ? <Route path="/login" element={<p>The login page</p>} /> : <Route path="/admin/people" element={<p>The people page</p>} />}
            </Route>
            <Route path="*" element={<WhereAmI />} />
          </Routes>
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('RouteGuard', () => {
  it('shows a labelled loader while it finds out who is signed in', () => {
    renderAt('/admin/people', 'signed-in', null);
    expect(screen.getByLabelText('Loading Onward')).toBeTruthy();
  });

  it('sends a signed-out visitor to log in, keeping the page they wanted', async () => {
    renderAt('/admin/people', 'signed-in', null);
    expect(await screen.findByText('At /login?next=%2Fadmin%2Fpeople')).toBeTruthy();
  });

  it('tells someone who is not an admin that the page is for admins', async () => {
    renderAt('/admin/people', 'admin', person(false));
    expect(await screen.findByRole('heading', { name: 'Admins only' })).toBeTruthy();
    expect(screen.queryByText('The people page')).toBeNull();
  });

  it('lets an admin in', async () => {
    renderAt('/admin/people', 'admin', person(true));
    expect(await screen.findByText('The people page')).toBeTruthy();
  });

  it('shows the login page to a signed-out visitor', async () => {
    renderAt('/login', 'guest-only', null);
    expect(await screen.findByText('The login page')).toBeTruthy();
  });

  it('sends a signed-in person away from the login page to their kept target', async () => {
    renderAt('/login?next=%2Fsomewhere%2Felse', 'guest-only', person(false));
    expect(await screen.findByText('At /somewhere/else')).toBeTruthy();
  });
});
