/** Who is making the request, as resolved from their session cookie. */
export interface Viewer {
  personId: string;
  organizationId: string;
  isAdmin: boolean;
  sessionId: string;
}
