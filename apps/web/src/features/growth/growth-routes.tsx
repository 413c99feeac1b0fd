import { Route } from 'react-router';
import { ConversationPage } from './conversations/ConversationPage';
import { NewConversationPage } from './conversations/NewConversationPage';
import { DebriefPage } from './debriefs/DebriefPage';
import { EditDebriefPage } from './debriefs/EditDebriefPage';
import { NewDebriefPage } from './debriefs/NewDebriefPage';
import { MyGrowthPage } from './my-growth/MyGrowthPage';
import { ReportPage } from './report/ReportPage';
import { TeamPage } from './team/TeamPage';

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
      <Route path="/growth" element={<MyGrowthPage />} />
    </>
  );
}
