// Loaded with --import by the memory tests: prints the process's peak resident memory when it ends.
process.on("exit", () => {
  process.stderr.write(`\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
