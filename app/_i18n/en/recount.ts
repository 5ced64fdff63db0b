export const recount = {};
