// The digest of an UNAVAILABLE error thrown while a page renders (lib/errors/app-error.ts). Next
// keeps a digest an error already has and hands it to the error boundary, which then says
// "temporarily unavailable" instead of "something went wrong". A module of its own so the
// boundary (a client component) imports nothing else.
export const UNAVAILABLE_DIGEST = "MM_UNAVAILABLE";
