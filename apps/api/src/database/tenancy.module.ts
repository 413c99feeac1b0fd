import { Global, Module } from '@nestjs/common';
import { CrossTenantLookups } from './cross-tenant-lookups';

/** The named ways to look across organizations; everything else runs inside one (tenant-scope.ts). */
@Global()
@Module({ providers: [CrossTenantLookups], exports: [CrossTenantLookups] })
export class TenancyModule {}
