import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Viewer } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import { DataExportPart, ExportContext, ExportPart } from '../common/data-export/data-export-part';
import { LadderService } from '../ladder/ladder.service';
import { PeopleService } from '../people/people.service';

/**
 * Everything a person owns, as one JSON document they can download. Each module contributes what
 * it keeps about them (profile, roles with their checklist, interviews, thread and access log,
 * debriefs, conversations, action items, shares of earlier records); records a manager keeps about
 * their own reports belong to those reports and are not in the manager's export.
 */
@Injectable()
export class MyDataExportService {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly people: PeopleService,
    private readonly ladder: LadderService,
    private readonly clock: Clock,
  ) {}

  async export(viewer: Viewer): Promise<string> {
    const [names, levels] = await Promise.all([this.people.namesIn(viewer.organizationId), this.ladder.levelsOf(viewer.organizationId)]);
    const levelKeys = new Map(levels.map((l) => [l.id, l.key]));
    const context: ExportContext = {
      nameOf: (id) => (id ? (names.get(id) ?? null) : null),
      levelKeyOf: (id) => (id ? (levelKeys.get(id) ?? null) : null),
    };
    const parts = this.parts();
    const contents = await Promise.all(parts.map((part) => part.provider.exportFor(viewer, context)));
    const document: Record<string, unknown> = { exportedAt: this.clock.now().toISOString(), format: 'onward-export/1' };
    parts.forEach((part, index) => (document[part.key] = contents[index]));
    return JSON.stringify(document, null, 2);
  }

  private parts(): { key: string; order: number; provider: DataExportPart }[] {
    return this.discovery
      .getProviders({ metadataKey: ExportPart.KEY })
      .map((wrapper) => ({ ...this.discovery.getMetadataByDecorator(ExportPart, wrapper)!, provider: wrapper.instance as DataExportPart }))
      .sort((a, b) => a.order - b.order);
  }
}
