import type { QueryClient } from '@tanstack/react-query';
import { createContext } from 'react';

/**
 * Makes the react-query client of the data layer, which loads after the first view (queries.tsx).
 * Tests pass one that does not retry; the app leaves it null and gets makeQueryClient's.
 */
export const ClientFactoryContext = createContext<(() => QueryClient) | null>(null);
