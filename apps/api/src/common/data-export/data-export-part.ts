import { DiscoveryService } from '@nestjs/core';
import type { Viewer } from '../../auth/viewer';

/** What every part of an export may need to name things without loading them again. */
export interface ExportContext {
  /** The name of a person of the organization, or null for someone deleted. */
  nameOf(personId: string | null): string | null;
  /** The key of a level of the organization's ladder (e.g. IC3), or null. */
  levelKeyOf(levelId: string | null): string | null;
}

/** One module's share of a person's data export: what that module keeps about them. */
export interface DataExportPart {
  exportFor(viewer: Viewer, context: ExportContext): Promise<unknown>;
}

/**
 * Marks a provider as a part of the data export under `key`; parts appear in `order`. The export
 * finds every marked provider, so a new feature adds its part without the export changing.
 */
export const ExportPart = DiscoveryService.createDecorator<{ key: string; order: number }>();
