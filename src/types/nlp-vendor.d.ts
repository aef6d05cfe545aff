// The wink packages and stopwords-iso ship no type declarations; these are the parts we call.
declare module 'wink-lexicon/src/wn-verb-exceptions.js' {
  const exceptions: Record<string, string | undefined>;
  export default exceptions;
}
declare module 'wink-lexicon/src/wn-noun-exceptions.js' {
  const exceptions: Record<string, string | undefined>;
  export default exceptions;
}
declare module 'wink-lexicon/src/wn-adjective-exceptions.js' {
  const exceptions: Record<string, string | undefined>;
  export default exceptions;
}
declare module 'wink-porter2-stemmer' {
  const stem: (word: string) => string;
  export default stem;
}
declare module 'stopwords-iso' {
  const lists: Record<string, string[]>;
  export default lists;
}
