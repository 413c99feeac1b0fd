import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; reason?: string; [key: string]: unknown };
}

export interface GraphqlResponse<T> {
  data?: T | null;
  errors?: GraphqlError[];
}

/**
 * The variables argument of an operation: optional when the operation needs none. Callers wrap the
 * type in `NoInfer` so the document alone decides it and a literal gets excess-property checks.
 */
export type VariablesArgument<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

const printedDocuments = new WeakMap<DocumentNode, string>();

/** The query text sent for a document, printed once per document. */
export function printed(document: DocumentNode): string {
  let text = printedDocuments.get(document);
  if (text === undefined) {
    text = print(document);
    printedDocuments.set(document, text);
  }
  return text;
}

const SESSION_COOKIES = ['onward_session', '__Host-onward_session'];
const DEVICE_COOKIES = ['onward_device', '__Host-onward_device'];

/** The `name=value` a Set-Cookie header keeps, or null when it deletes the cookie. */
function keptCookie(setCookie: string): string | null {
  const pair = setCookie.split(';')[0];
  return pair.endsWith('=') || /expires=Thu, 01 Jan 1970/i.test(setCookie) ? null : pair;
}

/**
 * One browser-like client: it keeps the session and device cookies the API sets, under either name,
 * as a browser would. `headers` go with every request (e.g. what a TLS-terminating proxy adds).
 */
export class GraphqlClient {
  /** The session cookie as `name=value`. */
  cookie: string | undefined;
  /** The device cookie as `name=value`: kept across log-outs, as a browser keeps it. */
  deviceCookie: string | undefined;
  headers: Record<string, string> = {};

  constructor(private readonly url: string) {}

  /** Sends a typed operation; the result and the variables are those of the document. */
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...[variables]: VariablesArgument<NoInfer<TVariables>>
  ): Promise<GraphqlResponse<TResult>> {
    return this.requestRaw(printed(document), variables) as Promise<GraphqlResponse<TResult>>;
  }

  /** Like `request`, but fails the test on any error and returns the data. */
  async ok<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...variables: VariablesArgument<NoInfer<TVariables>>): Promise<TResult> {
    const result = await this.request(document, ...variables);
    if (result.errors?.length) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as TResult;
  }

  /** Sends query text as it is: only for documents the schema cannot type, such as deliberately broken ones. */
  async requestRaw(query: string, variables?: unknown): Promise<GraphqlResponse<unknown>> {
    return (await this.post(JSON.stringify({ query, variables }))).json() as Promise<GraphqlResponse<unknown>>;
  }

  /** Posts a JSON body as it is (a batch, say), with this client's cookies, keeping what the answer sets. */
  async post(body: string): Promise<Response> {
    const cookies = [this.cookie, this.deviceCookie].filter(Boolean).join('; ');
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers, ...(cookies ? { cookie: cookies } : {}) },
      body,
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const name = setCookie.split('=')[0];
      if (SESSION_COOKIES.includes(name)) this.cookie = keptCookie(setCookie) ?? (this.cookie?.startsWith(`${name}=`) ? undefined : this.cookie);
      if (DEVICE_COOKIES.includes(name)) this.deviceCookie = keptCookie(setCookie) ?? undefined;
    }
    return response;
  }
}

/** The `extensions.code` of the first error, or 'OK'. */
export function codeOf(result: GraphqlResponse<unknown>): string {
  return result.errors?.[0]?.extensions?.code ?? 'OK';
}

export function reasonOf(result: GraphqlResponse<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.reason;
}
