import { useQuery } from '@apollo/client/react';
import { Center, Loader, Title } from '@mantine/core';
import { graphql } from '../gql';

const MeQuery = graphql(`
  query Me {
    me {
      id
      name
    }
  }
`);

export function App() {
  const { data, loading } = useQuery(MeQuery);
  if (loading) return <Center h="100vh"><Loader aria-label="Loading" /></Center>;
  return <Title>Hello {data?.me?.name ?? 'stranger'}</Title>;
}
