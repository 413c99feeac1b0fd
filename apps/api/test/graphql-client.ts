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

/** One browser-like client: it keeps the session cookie the API sets, as a browser would. */
export class GraphqlClient {
  cookie: string | undefined;

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
    return (await response.json()) as GraphqlResponse<unknown>;
  }
}

/** The `extensions.code` of the first error, or 'OK'. */
export function codeOf(result: GraphqlResponse<unknown>): string {
  return result.errors?.[0]?.extensions?.code ?? 'OK';
}

export function reasonOf(result: GraphqlResponse<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.reason;
}
