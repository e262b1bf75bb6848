// The WHATWG URL class exists wherever core/ runs (Node, browsers, workers), but core's tsconfig
// leaves out the DOM lib on purpose. Only core/tsconfig.json includes this file; it declares just
// the part of URL that core/ uses.
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  hostname: string;
  search: string;
  readonly username: string;
  readonly password: string;
}
