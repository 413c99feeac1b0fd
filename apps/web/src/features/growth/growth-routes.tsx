/** The pages of the debriefs, conversations and action items feature, mounted inside the signed-in app shell. */
export function growthRoutes() {
  return <></>;
}
