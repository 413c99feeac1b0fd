import { Module } from '@nestjs/common';
import { HOST_RESOLVER, systemResolver } from './host-resolver';
import { PostingFetcher } from './posting-fetcher.service';

/** Reading a job page from a link, guarded against reaching anything but the public web. */
@Module({
  providers: [PostingFetcher, { provide: HOST_RESOLVER, useValue: systemResolver }],
  exports: [PostingFetcher],
})
export class PostingFetchModule {}
