/** Where a person stands with their account. */
export enum PersonStatus {
  /** Created by an invitation or an import; has not set a password yet. */
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
}
