export interface GraphqlError {
  message: string;
  extensions?: { code?: string; reason?: string; [key: string]: unknown };
}

/** What an untyped request returns: a test reads the fields its query asked for without declaring them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberate: the query text is the type
export type UntypedData = Record<string, any>;

export interface GraphqlResponse<T = UntypedData> {
  data?: T | null;
  errors?: GraphqlError[];
}

/** One browser-like client: it keeps the session cookie the API sets, as a browser would. */
export class GraphqlClient {
  cookie: string | undefined;

  constructor(private readonly url: string) {}

  async request<T = UntypedData>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('onward_session='));
    if (setCookie) {
      const value = setCookie.split(';')[0];
      this.cookie = value === 'onward_session=' || /expires=Thu, 01 Jan 1970/i.test(setCookie) ? undefined : value;
    }
    return (await response.json()) as GraphqlResponse<T>;
  }

  /** Like `request`, but fails the test on any error and returns the data. */
  async ok<T = UntypedData>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }
}

/** The `extensions.code` of the first error, or 'OK'. */
export function codeOf(result: GraphqlResponse): string {
  return result.errors?.[0]?.extensions?.code ?? 'OK';
}

export function reasonOf(result: GraphqlResponse): string | undefined {
  return result.errors?.[0]?.extensions?.reason;
}
