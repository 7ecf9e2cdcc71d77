import { searchCallQueues, searchExtensions } from '../../shared/extensions';

export const listSearch = { searchCallQueues, searchExtensions };
