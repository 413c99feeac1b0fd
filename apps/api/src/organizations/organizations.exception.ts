import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum OrganizationsExceptionCode {
  ORGANIZATION_NOT_FOUND = 'ORGANIZATION_NOT_FOUND',
}

export const OrganizationsException = defineException<OrganizationsExceptionCode>('OrganizationsException', {
  ORGANIZATION_NOT_FOUND: ErrorKind.NOT_FOUND,
});
