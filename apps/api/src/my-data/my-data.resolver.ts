import { Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../auth/access.decorators';
import type { Viewer } from '../auth/viewer';
import { MyDataExportService } from './my-data-export.service';

@Resolver()
export class MyDataResolver {
  constructor(private readonly exporter: MyDataExportService) {}

  @Query(() => String, { description: 'Everything you own in Onward (roles, debriefs, conversations, action items) as one JSON document.' })
  @SignedIn()
  exportMyData(@CurrentViewer() viewer: Viewer): Promise<string> {
    return this.exporter.export(viewer);
  }
}
