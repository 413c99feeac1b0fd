import { Args, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AdminOnly, CurrentViewer, SignedIn } from '../auth/access.decorators';
import type { Viewer } from '../auth/viewer';
import { Connection } from '../common/graphql/connection';
import { PeopleArgs } from './dto/people.args';
import { UpdatePersonInput } from './dto/update-person.input';
import { Person } from './models/person.model';
import { PeopleService } from './people.service';

@ObjectType({ description: 'A page of people.' })
export class PersonConnection extends Connection(Person, 'Person') {}

@Resolver(() => Person)
export class PeopleResolver {
  constructor(private readonly peopleService: PeopleService) {}

  @Query(() => Person, { description: 'A person of your organization.' })
  @SignedIn()
  async person(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'The person.' }) id: string): Promise<Person> {
    return Person.from(await this.peopleService.getPerson(viewer, id));
  }

  @Query(() => PersonConnection, { description: 'Everyone in the organization, by name (admins).' })
  @AdminOnly()
  people(@CurrentViewer() viewer: Viewer, @Args() args: PeopleArgs): Promise<PersonConnection> {
    return this.peopleService.listPeople(viewer, args);
  }

  @Mutation(() => Person, { description: 'Changes a person’s name, title, level, manager or admin role (admins). Manager changes are dated in the reporting-line history.' })
  @AdminOnly()
  async updatePerson(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: 'The person.' }) id: string,
    @Args('input', { description: 'What changes.' }) input: UpdatePersonInput,
  ): Promise<Person> {
    return Person.from(await this.peopleService.updatePerson(viewer, id, input));
  }

  @Mutation(() => Person, { description: 'Signs a person out everywhere and stops them signing in (admins).' })
  @AdminOnly()
  async deactivatePerson(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'The person.' }) id: string): Promise<Person> {
    return Person.from(await this.peopleService.deactivatePerson(viewer, id));
  }
}
