import { lazy } from 'react';
import { Route } from 'react-router';

// Each page loads on first visit, so the first screen downloads only what it shows.
const ConversationPage = lazy(() => import('./conversations/ConversationPage').then((m) => ({ default: m.ConversationPage })));
const EditConversationPage = lazy(() => import('./conversations/EditConversationPage').then((m) => ({ default: m.EditConversationPage })));
const NewConversationPage = lazy(() => import('./conversations/NewConversationPage').then((m) => ({ default: m.NewConversationPage })));
const DebriefPage = lazy(() => import('./debriefs/DebriefPage').then((m) => ({ default: m.DebriefPage })));
const EditDebriefPage = lazy(() => import('./debriefs/EditDebriefPage').then((m) => ({ default: m.EditDebriefPage })));
const NewDebriefPage = lazy(() => import('./debriefs/NewDebriefPage').then((m) => ({ default: m.NewDebriefPage })));
const MyGrowthPage = lazy(() => import('./my-growth/MyGrowthPage').then((m) => ({ default: m.MyGrowthPage })));
const ReportPage = lazy(() => import('./report/ReportPage').then((m) => ({ default: m.ReportPage })));
const TeamPage = lazy(() => import('./team/TeamPage').then((m) => ({ default: m.TeamPage })));

/** The pages of the debriefs, conversations and action items feature, mounted inside the signed-in app shell. */
export function growthRoutes() {
  return (
    <>
      <Route path="/team" element={<TeamPage />} />
      <Route path="/team/:reportId" element={<ReportPage />} />
      <Route path="/team/:reportId/debriefs/new" element={<NewDebriefPage />} />
      <Route path="/team/:reportId/conversations/new" element={<NewConversationPage />} />
      <Route path="/debriefs/:id" element={<DebriefPage />} />
      <Route path="/debriefs/:id/edit" element={<EditDebriefPage />} />
      <Route path="/conversations/:id" element={<ConversationPage />} />
      <Route path="/conversations/:id/edit" element={<EditConversationPage />} />
      <Route path="/growth" element={<MyGrowthPage />} />
    </>
  );
}
