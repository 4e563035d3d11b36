// Preloaded into a benchmarked child process (bench/import.ts): reports its peak resident memory on exit.
process.on("exit", () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`));
