/**
 * Quotes user input for an error message, shortened so that a pasted file or a binary blob cannot
 * flood the message. Only for public values (commitments, addresses): never pass a secret here.
 */
export function quoteForMessage(text: string, maxLength = 80): string {
  const shown = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
  return JSON.stringify(shown);
}
