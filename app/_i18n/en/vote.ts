export const vote = {};
