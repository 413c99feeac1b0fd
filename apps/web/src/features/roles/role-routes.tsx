/** The pages of the interesting-roles feature, mounted inside the signed-in app shell. */
export function roleRoutes() {
  return <></>;
}
