// The domain compiles against the language's libs alone. TextDecoder is not ECMAScript, but every
// place the domain runs has it (browsers, the worker, Node), so it is declared here as far as it is used.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
