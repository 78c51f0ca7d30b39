#!/usr/bin/env node
// Under use, V8 widens its young generation to 32 MB (~125 MB RSS at 5,000 containers);
// --max-semi-space-size=4 would keep it near 100 MB, but a shebang cannot pass Node flags
// portably (`env -S` is missing from busybox), and a second process costs a Node start.
import '../dist/cli.js';
