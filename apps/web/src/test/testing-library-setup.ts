import { configure } from '@testing-library/react';

// The web specs share 2 cores with the API's integration suites in one Jest run: a screen that
// takes a second to settle there is slow, not broken. findBy*/waitFor wait up to 5 s, not 1 s.
configure({ asyncUtilTimeout: 5_000 });
