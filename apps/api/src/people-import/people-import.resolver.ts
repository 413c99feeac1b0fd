import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AdminOnly, CurrentViewer } from '../auth/access.decorators';
import type { Viewer } from '../auth/viewer';
import { ImportPeopleInput } from './dto/import-people.input';
import { PeopleImportReport } from './models/people-import-report.model';
import { PeopleImportService } from './people-import.service';

@Resolver()
export class PeopleImportResolver {
  constructor(private readonly peopleImport: PeopleImportService) {}

  @Mutation(() => PeopleImportReport, {
    description: 'Creates and updates people from an org-chart CSV (admins). All or nothing, with a report per row.',
  })
  @AdminOnly()
  importPeople(@CurrentViewer() viewer: Viewer, @Args('input', { description: 'The CSV.' }) input: ImportPeopleInput): Promise<PeopleImportReport> {
    return this.peopleImport.import(viewer, input);
  }
}
