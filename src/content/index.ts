// Content script entry: finds compose editors and coaches the draft. Filled in by the content-script issue.
export {};
