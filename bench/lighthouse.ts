// Placeholder for the Lighthouse run of the benchmark (another issue adds it). Called once per
// data size while the production server is up at `baseUrl`.
export async function runLighthouse(baseUrl: string): Promise<void> {
  void baseUrl;
  console.log("lighthouse: not configured yet");
}
